using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Hosting.Internal;
using SupportBot.Bot.Hosting;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Bot.Tests.Surveys;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Tests.Conversation;

/// <summary>The production registration of state and dialogs (memory storage: JSON round trip every turn),
/// driven by the SDK's TestAdapter.</summary>
internal sealed class ConversationHarness
{
    private readonly IBot _bot;

    public ConversationHarness(IDictionary<string, string?>? settings = null, TimeProvider? time = null, Action<IServiceCollection>? configure = null)
    {
        var effective = TestSettings.With(settings);

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(effective).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddMetrics()
            .AddSingleton(time ?? TimeProvider.System)
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = Path.GetTempPath(), EnvironmentName = "Testing" });
        services.AddTelemetry(configuration).AddBotState(configuration).AddSurveys().AddOrders(configuration).AddEscalations().AddConversation().AddKnowledge().AddWebChat();
        services.AddSingleton<Bot.BotFramework.CurrentTurn>();
        services.AddSingleton<IBot, Dialogs.Main.SupportBotActivityHandler>();

        // The edges: a sentiment analyzer whose verdicts the tests choose, and a gateway that records escalations.
        services.AddSingleton<ISentimentAnalyzer>(new KeywordSentimentAnalyzer());
        services.AddSingleton(Escalations);
        services.AddSingleton<IEscalationGateway>(Escalations);
        configure?.Invoke(services);
        Services = services.BuildServiceProvider(validateScopes: true);
        _bot = Services.GetRequiredService<IBot>();
    }

    public RecordingEscalationGateway Escalations { get; } = new();

    public ISurveyStore Surveys => Services.GetRequiredService<ISurveyStore>();

    public IServiceProvider Services { get; }

    public TestFlow Flow(string? locale, string user = "customer-1")
        => Flow(locale, user, out _);

    public TestFlow Flow(string? locale, string user, out TestAdapter adapter)
    {
        adapter = new TestAdapter(TestAdapter.CreateConversation("conv-" + Guid.NewGuid().ToString("N")[..6], user));
        adapter.Locale = locale;
        return new TestFlow(adapter, _bot);
    }

    public static Action<IActivity> Says(string expected) => activity =>
        Assert.Equal(expected, ((IMessageActivity)activity).Text);

    public static Action<IActivity> StartsWith(string expected) => activity =>
        Assert.StartsWith(expected, ((IMessageActivity)activity).Text, StringComparison.Ordinal);

    public static Action<IActivity> Offers(params string[] titles) => activity =>
        Assert.Equal(titles, ((IMessageActivity)activity).SuggestedActions?.Actions.Select(a => a.Title) ?? []);
}
