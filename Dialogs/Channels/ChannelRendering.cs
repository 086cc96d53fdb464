using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Main;

namespace SupportBot.Dialogs.Channels;

/// <summary>The adapter middleware that puts every outgoing activity — dialog replies, prompts, proactive messages such
/// as an agent's words relayed to the customer — through <see cref="ActivityRenderer"/> for the conversation's channel,
/// and records the numbered options a message offered (<see cref="ShownOptions"/>). An update on a channel that cannot
/// change a sent message is sent as a new message; a delete there is skipped.</summary>
public sealed class ChannelRendering(ConversationSettings settings) : IMiddleware
{
    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var channel = ChannelProfiles.For(turnContext.Activity?.ChannelId);
        turnContext.OnSendActivities(async (context, activities, nextSend) =>
        {
            var language = TurnLanguage.Get(context, settings.DefaultLanguage);
            var rendered = new List<Activity>(activities.Count);
            foreach (var activity in activities)
            {
                var result = ActivityRenderer.Render(activity, channel, language);
                rendered.AddRange(result.Activities);
                if (result.NumberedOptions is { } numbered)
                {
                    ShownOptions.Record(context, numbered);
                }
            }

            activities.Clear();
            activities.AddRange(rendered);
            return activities.Count == 0 ? [] : await nextSend();
        });
        turnContext.OnUpdateActivity(async (context, activity, nextUpdate) =>
        {
            if (channel.UpdateAndDelete)
            {
                return await nextUpdate();
            }

            activity.Id = null;
            return await context.SendActivityAsync(activity, cancellationToken);
        });
        turnContext.OnDeleteActivity((_, _, nextDelete) => channel.UpdateAndDelete ? nextDelete() : Task.CompletedTask);
        await next(cancellationToken);
    }
}
