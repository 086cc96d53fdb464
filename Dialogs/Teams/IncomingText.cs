using Microsoft.Bot.Schema;

namespace SupportBot.Dialogs.Teams;

/// <summary>What the customer said in a message, as the dialogs and the transcript read it: the text without the
/// @mentions of the bot (Teams writes them into the text as <c>&lt;at&gt;SupportBot&lt;/at&gt;</c>), or — when a card
/// button was pressed and the text is empty — the answer the button carried (<see cref="CardSubmit"/>).</summary>
public static class IncomingText
{
    /// <summary>The customer's words; empty for a message with neither text nor a card answer.</summary>
    public static string Of(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity is not IMessageActivity message)
        {
            return string.Empty;
        }

        var text = message.Text ?? string.Empty;
        foreach (var mention in TeamsScope.BotMentions(message))
        {
            text = text.Replace(mention.Text, " ", StringComparison.OrdinalIgnoreCase);
        }

        text = text.Trim();
        return text.Length > 0 ? text : CardSubmit.TextOf(activity) ?? string.Empty;
    }
}
