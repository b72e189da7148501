namespace Crosswire.Core.Errors;

/// <summary>An error from the catalogue, raised for one named input and keeping its cause.</summary>
public sealed class CrosswireException : Exception
{
    /// <summary>Creates the exception from a catalogue entry; <paramref name="input"/> fills placeholder 0.</summary>
    public CrosswireException(ErrorDescriptor error, string input, params object?[] args)
        : this(error, input, null, args)
    {
    }

    /// <summary>Creates the exception from a catalogue entry, keeping <paramref name="inner"/> as the cause.</summary>
    public CrosswireException(ErrorDescriptor error, string input, Exception? inner, params object?[] args)
        : base(error.Format([input, .. args]), inner)
    {
        Error = error;
        Input = input;
    }

    /// <summary>The catalogue entry.</summary>
    public ErrorDescriptor Error { get; }

    /// <summary>The input the error is about (path, URL, <c>path#item</c>, article id).</summary>
    public string Input { get; }

    /// <summary>The catalogue code, e.g. <c>E003</c>.</summary>
    public string Code => Error.Code;

    /// <summary>The rejection this error stands for.</summary>
    public Rejection ToRejection() => new(Input, Code, Message);
}

/// <summary>An input that was not accepted, with the reason. Never dropped silently: every reader and
/// store reports these.</summary>
/// <param name="Input">The input's name (path, <c>path#item</c>, URL, id).</param>
/// <param name="Code">Catalogue code.</param>
/// <param name="Message">Full message, starting with the input's name.</param>
public sealed record Rejection(string Input, string Code, string Message);
