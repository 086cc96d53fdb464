using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.Engine;

/// <summary>The options the bot's last message of the turn offered as a numbered list (on a channel without buttons),
/// recorded by the renderer in turn state and kept by the <see cref="DialogRunner"/> in the dialog stack, so that the
/// customer's next "2", "dos" or "the second one" means what option 2 would have sent.</summary>
public static class ShownOptions
{
    private const string Key = "SupportBot.ShownOptions";

    /// <summary>Records the values of the numbered options of a message just sent (empty: that message offered none;
    /// the last message of the turn is the one that counts, as with suggested actions).</summary>
    public static void Record(ITurnContext turnContext, IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(values);
        turnContext.TurnState[Key] = values.ToList();
    }

    /// <summary>What the turn's last message offered as numbered options; null when the turn sent no message.</summary>
    public static IReadOnlyList<string>? Recorded(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.TryGetValue(Key, out var value) && value is List<string> values ? values : null;
    }
}
