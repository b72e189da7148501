using System.CommandLine;

var root = new RootCommand("Crosswire: finds the stories in news articles from many outlets and writes one sourced brief per story.");
return root.Parse(args).Invoke();
