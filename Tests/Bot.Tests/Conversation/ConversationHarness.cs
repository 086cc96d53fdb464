using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using SupportBot.Bot.Hosting;

namespace SupportBot.Bot.Tests.Conversation;

/// <summary>The production registration of state and dialogs (memory storage: JSON round trip every turn),
/// driven by the SDK's TestAdapter.</summary>
internal sealed class ConversationHarness
{
    private readonly IBot _bot;

    public ConversationHarness(IDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton(TimeProvider.System);
        services.AddBotState(configuration).AddConversation();
        services.AddSingleton<IBot, Dialogs.Main.SupportBotActivityHandler>();
        Services = services.BuildServiceProvider(validateScopes: true);
        _bot = Services.GetRequiredService<IBot>();
    }

    public IServiceProvider Services { get; }

    public TestFlow Flow(string? locale, string user = "customer-1")
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation("conv-" + Guid.NewGuid().ToString("N")[..6], user));
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
