using Learning.Core.Cultures;
using Learning.Courses.Editions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Learning.Courses.Authoring;

/// <summary>The recipe rules for quizzes (<see cref="ContentRules"/>), worded for the forms.</summary>
public sealed class QuizChecks(PoStringLocalizer t)
{
    public void Check(QuizInput input, Edition edition, Unit unit, ModelStateDictionary errors)
    {
        if (!ContentRules.IsPercent(input.PassMark))
        {
            errors.AddModelError("Input.PassMark", t["Enter a number between {0} and {1}.", 0, 100]);
        }
        if (!ContentRules.IsAttemptLimit(input.MaxAttempts))
        {
            errors.AddModelError("Input.MaxAttempts", t["Allow at least one attempt."]);
        }
        if (input.Final && edition.Units.Any(u => u.Id != unit.Id && u.Quiz is { IsFinal: true }))
        {
            errors.AddModelError("Input.Final", t["Another unit of this edition holds the final quiz."]);
        }
    }

    public void Check(QuestionInput input, ModelStateDictionary errors)
    {
        for (var i = 0; i < input.Options.Count; i++)
        {
            CheckOption(input, i, errors);
        }
        if (input.ParsedKind is not { } kind)
        {
            errors.AddModelError("Input.Kind", t["Choose a kind of question."]);
            return;
        }
        var filled = input.Filled.ToList();
        string? problem = ContentRules.CheckOptions(kind, filled.Count, filled.Count(o => o.Correct)) switch
        {
            OptionsProblem.SingleNeedsOneCorrect => t["A single-choice question needs exactly one correct option."].Value,
            OptionsProblem.TrueFalseNeedsTwoOptionsOneCorrect => t["A true/false question needs two options, one of them correct."].Value,
            OptionsProblem.MultipleNeedsOneCorrect => t["A multiple-choice question needs at least one correct option."].Value,
            OptionsProblem.TooFewOptions => t["Give at least two options."].Value,
            _ => null,
        };
        if (problem is not null)
        {
            errors.AddModelError("Input.Options", problem);
        }
    }

    private void CheckOption(QuestionInput input, int i, ModelStateDictionary errors)
    {
        var option = input.Options[i];
        if (!input.Filled.Contains(option))
        {
            return;
        }
        if (string.IsNullOrWhiteSpace(option.Text))
        {
            errors.AddModelError($"Input.Options[{i}].Text", t["Write the answer."]);
        }
        if (string.IsNullOrWhiteSpace(option.Feedback))
        {
            errors.AddModelError($"Input.Options[{i}].Feedback", t["Write the feedback a learner sees after choosing this answer."]);
        }
        if (option.Text?.Length > ContentRules.OptionLength || option.Feedback?.Length > ContentRules.OptionLength)
        {
            errors.AddModelError($"Input.Options[{i}].Text", t["Use at most 1000 characters."]);
        }
    }
}
