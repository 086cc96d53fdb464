using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.Main;

/// <summary>Who the customer is, as far as the bot can tell from the channel: the channel and its user id.</summary>
public static class CustomerIdentity
{
    /// <summary>The customer id for the turn's sender.</summary>
    public static string Of(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return $"{turnContext.Activity.ChannelId}:{turnContext.Activity.From?.Id}";
    }
}
