using System.Net.Mail;
using Learning.Core.Cultures;
using Learning.Core.Settings;

namespace Learning.Training;

/// <summary>The site settings of the training programmes, shown on the admin settings page.</summary>
public static class TrainingSettings
{
    /// <summary>Where the answers to training invitations go; empty, each cohort's lead trainer receives them.</summary>
    public const string ReplyAddress = "Training.ReplyAddress";

    public static SettingDefinition ReplyAddressDefinition { get; } = new(ReplyAddress,
        UiText.Msgid("Address that receives the answers to training invitations (empty: each cohort's lead trainer)"), CheckAddress, InputType: "email");

    private static string? CheckAddress(string value) =>
        value.Length == 0 || (value.Length <= 254 && MailAddress.TryCreate(value, out var parsed) && parsed.Address == value && parsed.DisplayName.Length == 0)
            ? null
            : UiText.Msgid("Enter one e-mail address, or leave it empty.");
}
