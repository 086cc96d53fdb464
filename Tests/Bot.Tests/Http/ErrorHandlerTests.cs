using Microsoft.Bot.Builder;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Http;

/// <summary>The adapter's error handler, through the real adapter over HTTP: a failing turn is apologised for in
/// the customer's language and its dialog stack is cleared; a state conflict is not a reason to clear anything.</summary>
public sealed class ErrorHandlerTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync(configureServices: FailingBot.Wrap);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("es-ES", Language.Spanish)]
    [InlineData("en-US", Language.English)]
    public async Task FailingTurn_ApologisesInTheCustomersLanguage_AndClearsThePoisonedStack(string locale, Language language)
    {
        var t = Texts.For(language);
        var customer = new Customer(_host, locale);
        await customer.SayAsync("hola");
        Assert.Equal([t.SurveyIntro, t.SurveyAskCsat], await customer.TextsAsync(t.MenuSurvey));

        var replies = await customer.TextsAsync(FailingBot.Boom);
        Assert.Equal(t.ErrorApology, replies[^1]);

        // The survey prompt is gone: "4" is no longer taken as its answer.
        var next = await customer.TextsAsync("4");
        Assert.DoesNotContain(t.SurveyAskNps, next);
        Assert.StartsWith(t.WelcomeBack("SupportBot"), Assert.Single(next), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish)]
    [InlineData("en-US", Language.English)]
    public async Task StateConflict_AsksToRepeat_AndKeepsTheConversation(string locale, Language language)
    {
        var t = Texts.For(language);
        var customer = new Customer(_host, locale);
        await customer.SayAsync("hola");
        await customer.SayAsync(t.MenuSurvey);

        Assert.Equal([t.ConcurrentMessage], await customer.TextsAsync(FailingBot.Conflict));
        Assert.Equal([t.SurveyAskNps], await customer.TextsAsync("4"));
    }

    /// <summary>Fails a turn on a magic word: after the real bot has answered ("#boom"), or before it runs with
    /// a state conflict ("#conflict"), as a concurrent save by another instance would.</summary>
    private sealed class FailingBot(IBot inner) : IBot
    {
        public const string Boom = "#boom";
        public const string Conflict = "#conflict";

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            if (turnContext.Activity.Text == Conflict)
            {
                throw new StorageConflictException("test/conversations/x");
            }

            await inner.OnTurnAsync(turnContext, cancellationToken);
            if (turnContext.Activity.Text == Boom)
            {
                throw new InvalidOperationException("simulated failure after the bot answered");
            }
        }

        public static void Wrap(IServiceCollection services)
        {
            var original = services.Single(d => d.ServiceType == typeof(IBot));
            services.Remove(original);
            services.AddSingleton<IBot>(sp => new FailingBot((IBot)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!)));
        }
    }
}
