using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Invitations;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Survey;

namespace SupportBot.Dialogs.Tests.Invitations;

/// <summary>The invitation's three buttons come back as words the bot understands: "rate it now" and "not now" by the
/// invitation's own interrupt, "stop surveys" by the survey's existing opt-out — in both languages, whatever the case
/// or accents the channel sends.</summary>
public sealed class InvitationMessageTests
{
    [Theory]
    [InlineData(Language.Spanish, "es-ES")]
    [InlineData(Language.English, "en-US")]
    public void TheInvitation_NamesTheOrder_AndItsButtonsAreUnderstoodWhenTapped(Language language, string locale)
    {
        var texts = InvitationTexts.For(language);
        var message = InvitationMessage.Create("400101", language, reminder: false);
        var reminder = InvitationMessage.Create("400101", language, reminder: true);

        Assert.Equal(texts.Invitation("400101"), message.Text);
        Assert.Equal(texts.Reminder("400101"), reminder.Text);
        Assert.Contains("400101", message.Text, StringComparison.Ordinal);
        Assert.NotEqual(message.Text, reminder.Text);
        Assert.Equal(locale, message.Locale);
        var buttons = message.SuggestedActions.Actions;
        Assert.All(buttons, b => Assert.Equal(ActionTypes.ImBack, b.Type));
        Assert.Equal([texts.RateNow, texts.NotNow, texts.StopSurveys], buttons.Select(b => (string)b.Value).ToList());

        Assert.True(InvitationCommands.IsAccept(TextNormalizer.Normalize(texts.RateNow)));
        Assert.True(InvitationCommands.IsDecline(TextNormalizer.Normalize(texts.NotNow)));
        Assert.True(SurveyCommands.IsOptOut(TextNormalizer.Normalize(texts.StopSurveys)));
        Assert.False(InvitationCommands.IsAccept(TextNormalizer.Normalize(texts.NotNow)));
        Assert.False(InvitationCommands.IsDecline(TextNormalizer.Normalize(texts.StopSurveys)));
    }

    [Theory]
    [InlineData("VALORAR AHORA", true)]
    [InlineData("rate it now", true)]
    [InlineData("Rate it now!", true)]
    [InlineData("ahora no", false)]
    [InlineData("Not now", false)]
    public void TypedOrTapped_InEitherLanguage_TheAnswersAreRecognised(string text, bool accept)
    {
        var normalized = TextNormalizer.Normalize(text);
        Assert.Equal(accept, InvitationCommands.IsAccept(normalized));
        Assert.Equal(!accept, InvitationCommands.IsDecline(normalized));
    }

    [Theory]
    [InlineData("quiero valorar ahora mi pedido 400101")]
    [InlineData("no")]
    [InlineData("rate")]
    public void OtherMessages_AreNotInvitationAnswers(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        Assert.False(InvitationCommands.IsAccept(normalized));
        Assert.False(InvitationCommands.IsDecline(normalized));
    }
}
