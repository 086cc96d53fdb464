using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Teams;

/// <summary>What customers read only on Microsoft Teams, in Spanish and in English.</summary>
public sealed class TeamsCustomerTexts
{
    private readonly bool _es;

    private TeamsCustomerTexts(bool es) => _es = es;

    /// <summary>Spanish.</summary>
    public static TeamsCustomerTexts Spanish { get; } = new(es: true);

    /// <summary>English.</summary>
    public static TeamsCustomerTexts English { get; } = new(es: false);

    /// <summary>The texts of a language.</summary>
    public static TeamsCustomerTexts For(Language language) => language == Language.Spanish ? Spanish : English;

    /// <summary>Said once when the bot is added to a group chat: in a group chat it only hears what mentions it.</summary>
    public string GroupChatHowTo(string botName) => _es
        ? $"En este chat de grupo solo leo los mensajes en los que me mencionas (@{botName}); los botones funcionan sin mencionarme."
        : $"In this group chat I only read messages that mention me (@{botName}); the buttons work without a mention.";
}
