using Learning.Courses.Editions;
using Learning.Courses.Quizzes;

namespace Learning.Courses.Authoring;

/// <summary>A unit's quiz and its questions. Options keep their positions, so a learner's stored answers still point at them.</summary>
public sealed class QuizAuthoring(EditionEdits edits)
{
    public async Task<Quiz> SaveQuizAsync(Edition edition, Unit unit, QuizInput input)
    {
        var quiz = unit.Quiz;
        if (quiz is null)
        {
            quiz = new Quiz { Id = await Ids.FreeAsync($"{unit.Id}-q", i => edits.TakenAsync<Quiz>(i)), UnitId = unit.Id };
            edits.Add(quiz);
            unit.Quiz = quiz;
        }
        (quiz.Title, quiz.PassMark, quiz.MaxAttempts, quiz.IsFinal) = (input.Title.Trim(), input.PassMark, input.MaxAttempts, input.Final);
        await edits.SaveAsync(edition, "course.quiz-saved", quiz.Id, $"{quiz.Title}; pass mark {quiz.PassMark}, {quiz.MaxAttempts} attempts{(quiz.IsFinal ? ", final" : "")}");
        return quiz;
    }

    public async Task DeleteQuizAsync(Edition edition, Unit unit, Quiz quiz)
    {
        edits.Remove(quiz);
        unit.Quiz = null;
        await edits.SaveAsync(edition, "course.quiz-deleted", quiz.Id, quiz.Title);
    }

    public async Task<Question> SaveQuestionAsync(Edition edition, Quiz quiz, Question? question, QuestionInput input)
    {
        question ??= await edits.AppendAsync(quiz.Questions, $"{quiz.Id}-", (id, n) => new Question { Id = id, QuizId = quiz.Id, Order = n });
        question.Kind = input.ParsedKind!.Value;
        question.Text = input.Text.Trim();
        SetOptions(question, input.Filled.ToList());
        await edits.SaveAsync(edition, "course.question-saved", question.Id, $"{question.Kind}: {question.Text}");
        return question;
    }

    public Task DeleteQuestionAsync(Edition edition, Quiz quiz, Question question) =>
        edits.RemoveAsync(edition, quiz.Questions, question, "course.question-deleted", question.Id, question.Text);

    public static QuestionInput InputOf(Question question) => new()
    {
        Kind = question.Kind.ToString(),
        Text = question.Text,
        Options = question.Options.OrderBy(o => o.Order).Select(o => new OptionInput { Text = o.Text, Correct = o.Correct, Feedback = o.Feedback }).ToList(),
    };

    /// <summary>Changes options in place by position, adds the new ones and removes those beyond the last.</summary>
    private void SetOptions(Question question, List<OptionInput> options)
    {
        var existing = question.Options.OrderBy(o => o.Order).ToList();
        for (var i = 0; i < options.Count; i++)
        {
            var option = i < existing.Count ? existing[i] : NewOption(question, i + 1);
            (option.Text, option.Correct, option.Feedback) = (options[i].Text!.Trim(), options[i].Correct, options[i].Feedback!.Trim());
        }
        foreach (var extra in existing.Skip(options.Count))
        {
            edits.Remove(extra);
            question.Options.Remove(extra);
        }
    }

    private AnswerOption NewOption(Question question, int order)
    {
        var option = new AnswerOption { QuestionId = question.Id, Order = order };
        edits.Add(option);
        question.Options.Add(option);
        return option;
    }
}
