using System.Diagnostics.CodeAnalysis;

namespace Ledger.Sheets;

/// <summary>
/// Either a value read from a sheet or the first <see cref="SheetError"/> that rejected it.
/// Rejections are data, not exceptions: bad input is expected, and the caller decides how to report it.
/// </summary>
public sealed class SheetResult<T>
    where T : class
{
    private SheetResult(T? value, SheetError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public SheetError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsOk => Error is null;

    public static SheetResult<T> Ok(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    public static SheetResult<T> Fail(SheetError error) => new(null, error ?? throw new ArgumentNullException(nameof(error)));

    public static implicit operator SheetResult<T>(T value) => Ok(value);

    public static implicit operator SheetResult<T>(SheetError error) => Fail(error);

    /// <summary>The value; throws when there is none, for callers (and tests) that already checked.</summary>
    public T ValueOrThrow() =>
        IsOk ? Value : throw new InvalidOperationException("the sheet was rejected: " + Error);

    public override string ToString() => IsOk ? $"Ok({Value})" : $"Fail({Error})";
}
