namespace Ledger.Application.Requests;

/// <summary>
/// A request value read from text: the typed value, or the one-line reason it was refused. Each edge (CLI, web,
/// cluster node) turns a refusal into its own error once, so the text accepted is the same everywhere.
/// </summary>
public readonly record struct Parsed<T>
{
    private Parsed(T value, string? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The value; meaningless when <see cref="Error"/> is set.</summary>
    public T Value { get; }

    /// <summary>Why the text was refused, naming the parameter as the caller spells it; null when accepted.</summary>
    public string? Error { get; }

    public static Parsed<T> Of(T value) => new(value, null);

    public static Parsed<T> Refused(string error) => new(default!, error);

    /// <summary>The value, or the exception <paramref name="refusal"/> makes of the error.</summary>
    public T OrThrow(Func<string, Exception> refusal) => Error is null ? Value : throw refusal(Error);
}
