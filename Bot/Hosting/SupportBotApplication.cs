using SupportBot.Bot.Agents;
using SupportBot.Bot.BotFramework;
using SupportBot.Bot.Faults;
using SupportBot.Bot.Knowledge;
using SupportBot.Bot.Orders;
using SupportBot.Bot.WebChat;

namespace SupportBot.Bot.Hosting;

/// <summary>The whole application, composed: what <c>Program.cs</c> and the tests call.</summary>
public static class SupportBotApplication
{
    /// <summary>Registers every service of the bot.</summary>
    public static WebApplicationBuilder AddSupportBot(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services
            .AddTelemetry(builder.Configuration)
            .AddBotState(builder.Configuration)
            .AddScaleOut(builder.Configuration)
            .AddSentiment(builder.Configuration)
            .AddSurveys()
            .AddOrders(builder.Configuration)
            .AddEscalations()
            .AddAgents()
            .AddTeams()
            .AddAgentConsole(builder.Configuration)
            .AddInsights()
            .AddConversation()
            .AddKnowledge()
            .AddInvitations()
            .AddWebChat()
            .AddBotFramework(builder.Configuration)
            .AddDirectLine(builder.Configuration)
            .AddFaultTolerance(builder.Configuration)
            .AddSecurity(builder.Configuration);
        builder.Services.AddProblemDetails();

        // A missing registration fails at start-up, not at a customer's first message.
        builder.Host.UseDefaultServiceProvider(options =>
        {
            options.ValidateOnBuild = true;
            options.ValidateScopes = true;
        });
        return builder;
    }

    /// <summary>Maps every endpoint of the bot.</summary>
    public static WebApplication MapSupportBot(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseSecurity();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        // The embedded Direct Line channel: its stream is a WebSocket, its token and post routes are rate limited.
        app.UseWebSockets();
        app.UseRateLimiter();
        app.MapPost(MessagesEndpoint.Route, MessagesEndpoint.HandleAsync).RequireRateLimiting(SecurityRegistration.MessagesPolicy);
        app.MapDirectLine();
        app.MapAgentApi();
        app.MapKnowledgeFeedbackApi();
        app.MapInvitations();
        app.MapHub<AgentHub>(AgentHub.Route).RequireAuthorization(AgentApi.Policy);
        app.MapAgentConsole();
        app.MapInsights();
        // Build the link signer now: its warning about a missing key belongs to start-up.
        _ = app.Services.GetRequiredService<SignedInvoiceLinks>();
        app.MapGet(InvoiceEndpoint.Route, InvoiceEndpoint.HandleAsync);
        app.MapGet("/healthz", () => Results.Ok(new { status = "alive" }));
        app.MapHealthEndpoints();
        app.MapWebChatPage();
        return app;
    }
}
