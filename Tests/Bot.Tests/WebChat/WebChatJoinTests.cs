using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Bot.WebChat;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.WebChat;

namespace SupportBot.Bot.Tests.WebChat;

/// <summary>The page's <c>webchat/join</c> and <c>webchat/language</c> events over HTTP: the bot greets first in the
/// page's language, believes a customer id only with the shop's signature, starts the survey for the link's order, and
/// never greets twice when the channel's conversationUpdate came too.</summary>
public sealed class WebChatJoinTests : IAsyncLifetime
{
    private const string SigningKey = "shop-signing-key-0123456789abcdef-0123456789";
    private static readonly DateOnly Delivered = new(2026, 11, 12);
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await StartAsync(SigningKey);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static Task<BotHost> StartAsync(string? signingKey) => BotHost.StartAsync(new Dictionary<string, string?>
    {
        ["WebChat:CustomerSigningKey"] = signingKey,
        ["DemoOrders:Orders:0:CustomerId"] = "C42",
        ["DemoOrders:Orders:0:OrderId"] = "A1001",
        ["DemoOrders:Orders:0:Product"] = "Nimbus X2",
        ["DemoOrders:Orders:0:DeliveredOn"] = "2026-11-12",
    });

    private static string Sign(string customerId, string? orderId)
        => Convert.ToHexStringLower(HmacCustomerLinkVerifier.Sign(SigningKey, customerId, orderId));

    private static Activity Event(Customer customer, string name, object? value)
    {
        var activity = customer.Message(string.Empty);
        activity.Type = ActivityTypes.Event;
        activity.Text = null;
        activity.Name = name;
        activity.Value = value;
        return activity;
    }

    private static Activity ConversationUpdate(Customer customer)
    {
        var activity = customer.Message(string.Empty);
        activity.Type = ActivityTypes.ConversationUpdate;
        activity.Text = null;
        activity.MembersAdded = [new ChannelAccount("supportbot"), new ChannelAccount(customer.UserId)];
        return activity;
    }

    private static async Task<List<string>> TextsAsync(BotHost host, Activity activity)
        => [.. (await host.SendAsync(activity)).Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text ?? string.Empty)];

    private static async Task<UserProfile> ProfileAsync(BotHost host, Customer customer)
    {
        var accessors = host.Services.GetRequiredService<StateAccessors>();
        using var context = new TurnContext(new TestAdapter(), customer.Message("peek"));
        await accessors.UserState.LoadAsync(context, force: true);
        return await accessors.UserProfile.GetAsync(context, () => new UserProfile());
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish)]
    [InlineData("en-GB", Language.English)]
    public async Task Join_GreetsFirst_InThePagesLanguage(string locale, Language language)
    {
        var customer = new Customer(_host, locale: null, "directline");
        var t = Texts.For(language);

        var replies = await TextsAsync(_host, Event(customer, WebChatEventNames.Join, new { locale }));

        Assert.Equal(t.Welcome("SupportBot") + " " + t.MenuPrompt, Assert.Single(replies));
        Assert.Equal(language, (await ProfileAsync(_host, customer)).Language);
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish)]
    [InlineData("en-US", Language.English)]
    public async Task SignedLink_StartsTheSurveyForItsOrder_AndRemembersTheCustomer(string locale, Language language)
    {
        var customer = new Customer(_host, locale, "directline");
        var t = Texts.For(language);

        var replies = await TextsAsync(_host, Event(customer, WebChatEventNames.Join,
            new { locale, orderId = "A1001", customer = "C42", sig = Sign("C42", "A1001") }));

        Assert.Equal([t.Welcome("SupportBot"), t.SurveyIntroOrder("A1001", "Nimbus X2", Delivered), t.SurveyAskCsat], replies);
        Assert.Equal("C42", (await ProfileAsync(_host, customer)).VerifiedCustomerId);
    }

    [Theory]
    [InlineData("C42", "A1002")]
    [InlineData("C43", "A1001")]
    [InlineData("C42", null)]
    public async Task ForgedSignature_IsIgnored_TheSurveyStartsWithoutTheOrder(string signedCustomer, string? signedOrder)
    {
        var customer = new Customer(_host, "es-ES", "directline");
        var t = Texts.Spanish;

        var replies = await TextsAsync(_host, Event(customer, WebChatEventNames.Join,
            new { locale = "es-ES", orderId = "A1001", customer = "C42", sig = Sign(signedCustomer, signedOrder) }));

        Assert.Equal([t.Welcome("SupportBot"), t.SurveyIntro, t.SurveyAskCsat], replies);
        Assert.Null((await ProfileAsync(_host, customer)).VerifiedCustomerId);
    }

    [Fact]
    public async Task WithoutASigningKey_CustomerIdsAreIgnored()
    {
        await using var host = await StartAsync(signingKey: null);
        var customer = new Customer(host, "en-US", "directline");

        var replies = await TextsAsync(host, Event(customer, WebChatEventNames.Join,
            new { locale = "en-US", orderId = "A1001", customer = "C42", sig = Sign("C42", "A1001") }));

        Assert.Equal(Texts.English.SurveyIntro, replies[1]);
        Assert.Null((await ProfileAsync(host, customer)).VerifiedCustomerId);
    }

    [Fact]
    public async Task ChannelGreetedFirst_TheJoinDoesNotGreetAgain()
    {
        var customer = new Customer(_host, locale: null, "directline");
        var t = Texts.Spanish;

        var greeting = await TextsAsync(_host, ConversationUpdate(customer));
        var afterJoin = await TextsAsync(_host, Event(customer, WebChatEventNames.Join, new { locale = "es-ES" }));

        Assert.Equal(t.Welcome("SupportBot") + " " + t.MenuPrompt, Assert.Single(greeting));
        Assert.Empty(afterJoin);
    }

    [Fact]
    public async Task ChannelGreetedFirstInTheDefaultLanguage_AnEnglishJoinShowsTheMenuInEnglish_WithoutASecondWelcome()
    {
        var customer = new Customer(_host, locale: null, "directline");

        await TextsAsync(_host, ConversationUpdate(customer));
        var afterJoin = await TextsAsync(_host, Event(customer, WebChatEventNames.Join, new { locale = "en-US" }));

        Assert.Equal(Texts.English.MenuPrompt, Assert.Single(afterJoin));
        Assert.Equal(Language.English, (await ProfileAsync(_host, customer)).Language);
    }

    [Fact]
    public async Task ChannelGreetedFirst_AJoinWithAnOrder_GoesStraightToItsSurvey()
    {
        var customer = new Customer(_host, "en-US", "directline");
        var t = Texts.English;

        var greeting = await TextsAsync(_host, ConversationUpdate(customer));
        var afterJoin = await TextsAsync(_host, Event(customer, WebChatEventNames.Join,
            new { locale = "en-US", orderId = "A1001", customer = "C42", sig = Sign("C42", "A1001") }));

        Assert.StartsWith(t.Welcome("SupportBot"), Assert.Single(greeting), StringComparison.Ordinal);
        Assert.Equal([t.SurveyIntroOrder("A1001", "Nimbus X2", Delivered), t.SurveyAskCsat], afterJoin);
        Assert.Equal(t.SurveyAskNps, Assert.Single(await customer.TextsAsync("5")));
    }

    [Fact]
    public async Task JoinFirst_TheChannelsConversationUpdateSaysNothingMore()
    {
        var customer = new Customer(_host, "es-ES", "directline");

        Assert.Single(await TextsAsync(_host, Event(customer, WebChatEventNames.Join, new { locale = "es-ES" })));

        Assert.Empty(await TextsAsync(_host, ConversationUpdate(customer)));
    }

    [Theory]
    [InlineData("en-US", Language.English)]
    [InlineData("es", Language.Spanish)]
    public async Task LanguageSwitch_TellsTheBot_WhichRepeatsItsQuestion(string locale, Language language)
    {
        var customer = new Customer(_host, locale: null, "directline");
        var other = language == Language.English ? "es-ES" : "en-US";
        await TextsAsync(_host, Event(customer, WebChatEventNames.Join, new { locale = other, orderId = "A1001" }));
        var t = Texts.For(language);

        var replies = await TextsAsync(_host, Event(customer, WebChatEventNames.Language, new { locale }));

        Assert.Equal([t.LanguageSwitched, t.SurveyAskCsat], replies);
        var profile = await ProfileAsync(_host, customer);
        Assert.Equal(language, profile.Language);
        Assert.Equal(LanguageSource.Explicit, profile.LanguageSource);
    }

    public static TheoryData<object?> MalformedValues => new()
    {
        "hola",
        new[] { 1, 2, 3 },
        new { locale = 42, orderId = "<script>alert(1)</script>", customer = new { id = "C42" }, sig = "zz" },
        new { locale = new string('e', 5000), orderId = new string('1', 5000) },
        null,
    };

    [Theory]
    [MemberData(nameof(MalformedValues))]
    public async Task MalformedJoinValues_GetAPoliteGreeting_AndNothingElse(object? value)
    {
        var customer = new Customer(_host, "en-US", "directline");

        var replies = await TextsAsync(_host, Event(customer, WebChatEventNames.Join, value));

        Assert.Equal(Texts.English.Welcome("SupportBot") + " " + Texts.English.MenuPrompt, Assert.Single(replies));
        Assert.Null((await ProfileAsync(_host, customer)).VerifiedCustomerId);
    }
}
