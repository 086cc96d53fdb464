using SupportBot.Bot.Escalation;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Agents;

/// <summary>Puts an escalation in a bot's queue through its <see cref="EscalationService"/>, without a conversation.</summary>
internal static class QueuedDirectly
{
    public static Task<EscalationCase> CreateAsync(BotHost host, EscalationPriority priority, Language language, EscalationReason reason)
    {
        var request = new EscalationRequest
        {
            CustomerId = "webchat:c-" + Guid.NewGuid().ToString("N"),
            ChannelId = "webchat",
            ConversationId = Guid.NewGuid().ToString("N"),
            Language = language,
            Csat = 2,
            Decision = new EscalationDecision(true, [reason], priority),
        };
        return host.Services.GetRequiredService<EscalationService>().CreateAsync(request, EscalationSummary.For(request), [], null, CancellationToken.None);
    }
}
