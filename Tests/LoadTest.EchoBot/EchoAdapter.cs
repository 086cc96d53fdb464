using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace SupportBot.LoadTest.EchoBot;

/// <summary>CloudAdapter with one constructor, so dependency injection can build it (SupportBot's adapter derives
/// from CloudAdapter the same way).</summary>
public sealed class EchoAdapter(BotFrameworkAuthentication authentication, ILogger<EchoAdapter> logger)
    : CloudAdapter(authentication, logger);
