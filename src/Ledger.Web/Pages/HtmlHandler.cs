using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;

namespace Ledger.Web.Pages;

/// <summary>
/// An interpolated string whose holes are HTML-escaped unless they are <see cref="Markup"/>: the literal parts are
/// the page's own tags, and every value from the ledger or the user is escaped on the way in, by construction.
/// </summary>
[InterpolatedStringHandler]
internal readonly ref struct HtmlHandler
{
    private readonly StringBuilder _builder;

    public HtmlHandler(int literalLength, int formattedCount) =>
        _builder = new StringBuilder(literalLength + (formattedCount * 16));

    public HtmlHandler(int literalLength, int formattedCount, HtmlWriter writer) => _builder = writer.Builder;

    public void AppendLiteral(string literal) => _builder.Append(literal);

    public void AppendFormatted(Markup markup) => _builder.Append(markup.Value);

    public void AppendFormatted(string? text) => Escape(text);

    public void AppendFormatted<T>(T value) =>
        Escape(value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value?.ToString());

    public Markup ToMarkup() => new(_builder.ToString());

    private void Escape(string? text)
    {
        if (!string.IsNullOrEmpty(text))
            _builder.Append(HtmlEncoder.Default.Encode(text));
    }
}
