using static Learning.Core.Cultures.UiText;
using Learning.Core.Impact;
using static Learning.Impact.Report.ReportInk;
using static Learning.Impact.Report.ReportPages;

namespace Learning.Impact.Report;

/// <summary>Lays the report out: the title block, then per programme its headline figures and its tables with their charts.</summary>
internal sealed class ReportComposer(ReportPages pages, ReportLanguage language)
{
    private const int FiguresPerRow = 3;
    private readonly ReportTables tables = new(pages, language);

    public void Compose(ReportContent content)
    {
        Title(content);
        foreach (var section in content.Sections)
        {
            Section(section);
        }
        Footers();
    }

    private void Title(ReportContent content)
    {
        pages.Text(language.Text(Msgid("Progress report")), Margin, Width, 24, 24, Sea);
        pages.Down(40);
        var country = content.Country is { } code ? language.CountryName(code) : language.Text(Msgid("All countries"));
        pages.Text(language.Text(Msgid("{0} to {1}"), language.Date(content.From), language.Date(content.To)), Margin, Width, 12, 11, Ink);
        pages.Down(18);
        pages.Text($"{language.Text(Msgid("Language"))}: {language.Name} · {language.Text(Msgid("Country"))}: {country}", Margin, Width, 12, 11, Muted);
        pages.Down(22);
        pages.Box(Margin, Width, 0, 1f, Sea);
        pages.Down(18);
    }

    private void Section(ImpactSection section)
    {
        pages.Reserve(110);
        pages.Text(language.Text(section.Title), Margin, Width, 18, 16, Sea);
        pages.Down(30);
        Headlines(section.Headlines);
        foreach (var table in section.Tables)
        {
            tables.Table(table);
            tables.Chart(table);
        }
        pages.Down(12);
    }

    /// <summary>The headline figures, three to a row: the number big, its label under it.</summary>
    private void Headlines(IReadOnlyList<ImpactFigure> figures)
    {
        const float cell = Width / FiguresPerRow;
        foreach (var row in figures.Chunk(FiguresPerRow))
        {
            pages.Reserve(48);
            for (var i = 0; i < row.Length; i++)
            {
                var left = Margin + i * cell;
                pages.Text(language.Number(row[i].Value), left, cell - 10, 20, 20, Ink);
                pages.Text(language.Text(row[i].Label), left, cell - 10, 36, 9, Muted);
            }
            pages.Down(48);
        }
    }

    /// <summary>"Page 2 of 5" at the foot of every page, once the number of pages is known.</summary>
    private void Footers()
    {
        var count = pages.All.Count;
        for (var page = 0; page < count; page++)
        {
            var text = language.Text(Msgid("Page {0} of {1}"), language.Number(page + 1), language.Number(count));
            pages.TextOn(page, text, Margin, Width, PageHeight - 30, 8, Muted, Side.Center);
        }
    }
}
