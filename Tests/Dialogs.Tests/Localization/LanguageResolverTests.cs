using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Main;

namespace SupportBot.Dialogs.Tests.Localization;

public sealed class LanguageResolverTests
{
    [Theory]
    // A new customer: words clearly in one language beat the locale; thin evidence leaves the locale in charge.
    [InlineData("en-GB", "hola, ¿cuánto cuesta el envío a Canarias?", Language.Spanish)]
    [InlineData("es-ES", "hi, where is my order 400108?", Language.English)]
    [InlineData("en-GB", "ok", Language.English)]
    [InlineData("es-ES", "ok thanks", Language.Spanish)]
    [InlineData("en-GB", "400101", Language.English)]
    [InlineData(null, "gracias", Language.Spanish)]
    [InlineData(null, "thanks", Language.English)]
    public void ANewCustomer_GetsTheLanguageOfTheirWords_WhenClear_ElseTheLocale(string? locale, string text, Language expected)
    {
        var profile = new UserProfile();

        var decision = LanguageResolver.Resolve(profile, Message(locale, text), Language.Spanish);

        Assert.Equal(expected, decision.Language);
        Assert.Equal(expected, profile.Language);
    }

    [Fact]
    public void AfterAJoinWithAnEnglishLocale_ASpanishSentenceSwitchesOnce_ThenTheLanguageStays()
    {
        var profile = new UserProfile();
        LanguageResolver.Resolve(profile, new Activity { Type = ActivityTypes.Event, Locale = "en-US" }, Language.Spanish);
        Assert.Equal((Language.English, LanguageSource.Locale), (profile.Language, profile.LanguageSource));

        Assert.Equal(Language.Spanish, LanguageResolver.Resolve(profile, Message("en-US", "quiero devolver el pedido, por favor"), Language.Spanish).Language);
        Assert.Equal(Language.Spanish, LanguageResolver.Resolve(profile, Message("en-US", "thank you so much for the help"), Language.Spanish).Language);
    }

    [Fact]
    public void AnExplicitChoice_IsNeverOverriddenByTheWords()
    {
        var profile = new UserProfile();
        LanguageResolver.Resolve(profile, Message("es-ES", "English please"), Language.Spanish);

        Assert.Equal(Language.English, LanguageResolver.Resolve(profile, Message("es-ES", "quiero devolver el pedido, por favor"), Language.Spanish).Language);
    }

    private static Activity Message(string? locale, string text) => new() { Type = ActivityTypes.Message, Locale = locale, Text = text };
}
