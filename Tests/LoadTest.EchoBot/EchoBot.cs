using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SupportBot.LoadTest.EchoBot;

/// <summary>Answers every message with its own text.</summary>
public sealed class EchoBot : ActivityHandler
{
    /// <summary>The prefix of every echo, so the load test can tell an echo from any other reply.</summary>
    public const string Prefix = "echo: ";

    /// <inheritdoc />
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.SendActivityAsync(MessageFactory.Text(Prefix + turnContext.Activity.Text), cancellationToken);
    }
}
