using System.Globalization;
using Learning.CleanSeas.Pledges;
using Learning.Core.Data;
using Learning.Core.Tables;
using Microsoft.EntityFrameworkCore;

namespace Learning.CleanSeas.Surveys;

public sealed record Bar(string Label, int Count);

public sealed record QuestionResult(SurveyQuestion Question, List<Bar> Bars, List<string> Texts, decimal? Mean);

public sealed record ResultSummary(int Invited, int Submitted, List<QuestionResult> Questions)
{
    public int RatePercent => Invited == 0 ? 0 : Submitted * 100 / Invited;
}

/// <summary>Response rates and answers aggregated per question, from submitted responses only.</summary>
public sealed class SurveyResults(LearningDbContext db)
{
    public async Task<ResultSummary> SummariseAsync(Survey survey, string culture, CancellationToken ct)
    {
        // Only governments with a focal point address received the survey; recipe examples have none.
        var invited = await db.Set<Pledge>().CountAsync(p => p.Kind == PledgeKind.Government && p.Verification == Verification.Verified && p.ContactEmail != "", ct);
        var responses = await Submitted(survey.Id).ToListAsync(ct);
        var questions = survey.Questions.OrderBy(q => q.Order).Select(q => Summarise(q, responses, culture)).ToList();
        return new ResultSummary(invited, responses.Count, questions);
    }

    private static QuestionResult Summarise(SurveyQuestion question, List<SurveyResponse> responses, string culture)
    {
        var answers = responses.Select(r => r.Answers.GetValueOrDefault(question.Id.ToString(CultureInfo.InvariantCulture)) ?? []).ToList();
        var values = answers.SelectMany(a => a).ToList();
        return question.Kind switch
        {
            QuestionKind.SingleChoice or QuestionKind.MultipleChoice => new(question,
                question.OptionsIn(culture).Select((o, i) => new Bar(o, values.Count(v => v == i.ToString(CultureInfo.InvariantCulture)))).ToList(), [], null),
            QuestionKind.Scale => new(question, Enumerable.Range(1, SurveyQuestion.ScaleMax)
                .Select(s => new Bar(s.ToString(CultureInfo.InvariantCulture), values.Count(v => v == s.ToString(CultureInfo.InvariantCulture)))).ToList(), [], Mean(values)),
            QuestionKind.Number => new(question, [], [], Mean(values)),
            _ => new(question, [], values, null),
        };
    }

    private static decimal? Mean(List<string> values)
    {
        var numbers = values.Select(v => SurveyAnswers.TryNumber(v, out var n) ? n : (decimal?)null).OfType<decimal>().ToList();
        return numbers.Count == 0 ? null : Math.Round(numbers.Average(), 2);
    }

    /// <summary>One row per submitted response, tied to its pledge; choices written as their English option text.</summary>
    public async Task<Table> TableAsync(Survey survey, CancellationToken ct)
    {
        var questions = survey.Questions.OrderBy(q => q.Order).ToList();
        var responses = await Submitted(survey.Id).ToListAsync(ct);
        var pledges = await db.Set<Pledge>().AsNoTracking().Where(p => responses.Select(r => r.PledgeId).Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var header = new List<string> { "Pledge", "Country", "Language", "Submitted (UTC)" };
        header.AddRange(questions.Select(q => $"{q.Order}. {q.TextIn("en")}"));
        var rows = responses.Select(r => (IReadOnlyList<Cell>)
        [
            r.PledgeId, pledges.GetValueOrDefault(r.PledgeId)?.CountryCode ?? "", r.Culture, r.SubmittedUtc!.Value, .. questions.Select(q => Answer(q, r)),
        ]).ToList();
        return new Table(header, rows);
    }

    /// <summary>
    /// A number or scale answer is a number cell, read by the rule its answer was checked with; a free-text
    /// answer stays text however much it looks like a number ("1,000", "007").
    /// </summary>
    private static Cell Answer(SurveyQuestion question, SurveyResponse response)
    {
        var values = response.Answers.GetValueOrDefault(question.Id.ToString(CultureInfo.InvariantCulture)) ?? [];
        var options = question.OptionsIn("en");
        if (question.Kind is QuestionKind.Number or QuestionKind.Scale && values.Count == 1 && SurveyAnswers.TryNumber(values[0], out var number))
        {
            return number;
        }
        return question.HasChoices
            ? string.Join("; ", values.Select(v => int.TryParse(v, out var i) && i < options.Count ? options[i] : v))
            : string.Join("; ", values);
    }

    private IQueryable<SurveyResponse> Submitted(long surveyId) =>
        db.Set<SurveyResponse>().AsNoTracking().Where(r => r.SurveyId == surveyId && r.SubmittedUtc != null).OrderBy(r => r.SubmittedUtc);
}
