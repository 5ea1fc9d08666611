using System.Globalization;
using Learning.Core.Audit;
using Learning.Core.Cultures;
using Learning.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Learning.CleanSeas.Surveys;

/// <summary>A focal point's answers: saved as a draft any number of times, submitted once.</summary>
public sealed class SurveyAnswers(LearningDbContext db, AuditLog audit, TimeProvider clock, PoStringLocalizer t)
{
    public async Task<List<string>> SaveAsync(Survey survey, string pledgeId, string culture, Dictionary<string, List<string>> answers, bool submit, CancellationToken ct)
    {
        var response = await db.Set<SurveyResponse>().FirstOrDefaultAsync(r => r.SurveyId == survey.Id && r.PledgeId == pledgeId, ct);
        if (response?.SubmittedUtc is not null)
        {
            return [t["Your government has already submitted its answers to this survey."]];
        }
        var errors = Check(survey, answers, submit);
        if (errors.Count > 0)
        {
            return errors;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        response ??= db.Add(new SurveyResponse { SurveyId = survey.Id, PledgeId = pledgeId }).Entity;
        response.Culture = culture;
        response.Answers = answers.Where(a => a.Value.Count > 0).ToDictionary();
        response.UpdatedUtc = now;
        if (submit)
        {
            response.SubmittedUtc = now;
            audit.Record("clean-seas.survey.submit", $"survey:{survey.Id}", pledgeId);
        }
        await db.SaveChangesAsync(ct);
        return [];
    }

    private List<string> Check(Survey survey, Dictionary<string, List<string>> answers, bool submit)
    {
        var errors = new List<string>();
        foreach (var question in survey.Questions)
        {
            var values = answers.GetValueOrDefault(question.Id.ToString(CultureInfo.InvariantCulture)) ?? [];
            if (values.Count == 0)
            {
                if (submit)
                {
                    errors.Add(t["Answer question {0}.", question.Order]);
                }
                continue;
            }
            if (!Valid(question, values))
            {
                errors.Add(t["The answer to question {0} is not valid.", question.Order]);
            }
        }
        return errors;
    }

    private static bool Valid(SurveyQuestion question, List<string> values)
    {
        var options = question.OptionsIn("en").Count;
        return question.Kind switch
        {
            QuestionKind.SingleChoice => values.Count == 1 && IsIndex(values[0], options),
            QuestionKind.MultipleChoice => values.All(v => IsIndex(v, options)) && values.Distinct().Count() == values.Count,
            QuestionKind.Scale => values.Count == 1 && int.TryParse(values[0], out var step) && step is >= 1 and <= SurveyQuestion.ScaleMax,
            QuestionKind.Number => values.Count == 1 && TryNumber(values[0], out _),
            _ => values.Count == 1 && values[0].Length <= 5000,
        };
    }

    /// <summary>How a number answer is read, the same when it is checked, averaged and exported.</summary>
    public static bool TryNumber(string value, out decimal number) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out number);

    private static bool IsIndex(string value, int count) => int.TryParse(value, out var i) && i >= 0 && i < count;
}
