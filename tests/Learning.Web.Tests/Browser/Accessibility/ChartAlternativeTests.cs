using Learning.CleanSeas.Surveys;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Learning.Web.Tests.CleanSeas.CleanSeasFlows;

namespace Learning.Web.Tests.Browser.Accessibility;

/// <summary>
/// Every chart is a picture with a name, and what it shows can also be read as text: a table or a
/// list in the same figure or section, or one the chart points to with aria-describedby.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserChecks.Name)]
public sealed class ChartAlternativeTests(BrowserSite site)
{
    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task The_signatory_country_grid_has_a_text_alternative(string culture)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync($"{site.BaseUrl}/{culture}/clean-seas");

        Assert.Empty(await ChartsWithoutAlternativeAsync(page));
        Assert.Equal(await page.Locator("svg.signatory-map rect").CountAsync(), await page.Locator("figure .signatory-countries a").CountAsync());
    }

    [Fact]
    public async Task The_survey_result_charts_have_a_table_alternative()
    {
        var results = await AnsweredSurveyAsync();
        var page = await site.NewPageAsync();
        await BrowserLearner.SignInAsync(site, page, SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        await page.GotoAsync(site.BaseUrl + results);

        Assert.Empty(await ChartsWithoutAlternativeAsync(page));
        Assert.Contains("Yes", await page.InnerTextAsync("section.question-result table"));
        await Axe.CheckAsync(page, "admin-survey-results");
    }

    /// <summary>A description of each chart that lacks role="img", a name, or a text alternative; at least one chart must be there.</summary>
    private static async Task<string[]> ChartsWithoutAlternativeAsync(IPage page)
    {
        Assert.True(await page.Locator("main svg").CountAsync() > 0, $"no chart on {page.Url}");
        return await page.EvalOnSelectorAllAsync<string[]>("main svg", """
            charts => charts.map((svg, i) => {
                const labelled = svg.getAttribute('aria-labelledby');
                const name = (svg.getAttribute('aria-label') || (labelled && document.getElementById(labelled)?.textContent) || svg.querySelector('title')?.textContent || '').trim();
                const described = svg.getAttribute('aria-describedby');
                const near = svg.closest('figure, section');
                const text = (described && document.getElementById(described)) || near?.querySelector('table, ol, ul');
                const missing = [svg.getAttribute('role') === 'img' ? '' : 'role="img"', name ? '' : 'a name', text ? '' : 'a table or text alternative'].filter(m => m);
                return missing.length ? `chart ${i} (${svg.getAttribute('class')}) lacks ${missing.join(', ')}` : '';
            }).filter(m => m)
            """);
    }

    /// <summary>A verified government answers a one-question survey; returns the moderator's results address.</summary>
    private async Task<string> AnsweredSurveyAsync()
    {
        var (focal, pledge) = await ApplyAsync(site, "GH");
        var moderator = await ModeratorAsync(site);
        await VerifyAsync(moderator, pledge);
        var created = await moderator.SubmitAsync("/admin/clean-seas/surveys", new Dictionary<string, string> { ["Titles[en]"] = "Mid-term review" }, "form#new-survey");
        var results = created.Headers.Location!.OriginalString;
        await moderator.SubmitAsync(results, new Dictionary<string, string>
        {
            ["Question.Kind"] = "SingleChoice", ["Question.Texts[en]"] = "Is a national action plan in force?", ["Question.Options[en]"] = "Yes\nNo",
        }, "form#new-question");
        await moderator.SubmitAsync(results, new Dictionary<string, string>(), "form#send");
        var survey = long.Parse(results.Split('/').Last());
        var question = await site.WithDbAsync(db => db.Set<SurveyQuestion>().Where(q => q.SurveyId == survey).Select(q => q.Id).SingleAsync());
        var answered = await focal.SubmitAsync($"/en/clean-seas/surveys/{survey}", new Dictionary<string, string> { [$"Answers[{question}]"] = "0" }, "form#answers", "Submit");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, answered.StatusCode);
        return results;
    }
}
