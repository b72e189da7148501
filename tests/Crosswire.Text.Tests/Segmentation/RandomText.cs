namespace Crosswire.Text.Tests.Segmentation;

/// <summary>Random text made of tricky pieces, for the random-input tests of the text stages.</summary>
internal static class RandomText
{
    public static string Build(string[] pieces, Random random, int count)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append(pieces[random.Next(pieces.Length)]);
        }

        return builder.ToString();
    }
}
