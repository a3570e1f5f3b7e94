using System.Runtime.CompilerServices;
using System.Text;

namespace Ledger.Web.Pages;

/// <summary>Builds a page or fragment from <see cref="HtmlHandler"/> interpolations (values escaped) and <see cref="Markup"/>.</summary>
internal sealed class HtmlWriter
{
    internal StringBuilder Builder { get; } = new(4096);

    public HtmlWriter Add([InterpolatedStringHandlerArgument("")] ref HtmlHandler html) => this;

    public HtmlWriter Add(Markup markup)
    {
        Builder.Append(markup.Value);
        return this;
    }

    public Markup ToMarkup() => new(Builder.ToString());

    public override string ToString() => Builder.ToString();
}
