namespace Ledger.Web.Pages;

/// <summary>HTML that is already safe to write as is: built by <see cref="Html.Of"/> from escaped parts, or a constant.</summary>
internal readonly record struct Markup(string Value)
{
    public static readonly Markup Empty = new("");

    public Markup Append(Markup other) => new(Value + other.Value);

    public override string ToString() => Value ?? "";

    public static Markup Join(IEnumerable<Markup> parts) => new(string.Concat(parts.Select(p => p.Value)));
}
