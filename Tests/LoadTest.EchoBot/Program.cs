using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using SupportBot.LoadTest.EchoBot;

// The baseline of the load benchmark: CloudAdapter + ConfigurationBotFrameworkAuthentication, POST /api/messages,
// one reply per message. With "deliveryMode":"expectReplies" the echo comes back in the HTTP response, as SupportBot's do.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHttpClient();
builder.Services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
builder.Services.AddSingleton<EchoAdapter>();
builder.Services.AddSingleton<IBot, EchoBot>();
var app = builder.Build();
app.MapPost("/api/messages", (HttpContext http, EchoAdapter adapter, IBot bot) =>
    adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted));
app.MapGet("/healthz", () => Results.Ok(new { status = "alive" }));
app.Run();
