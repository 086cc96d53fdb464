using Microsoft.Bot.Builder.Adapters;
using SupportBot.Dialogs.Localization;
using static SupportBot.Bot.Tests.Conversation.ConversationHarness;

namespace SupportBot.Bot.Tests.Surveys;

internal static class SurveyFlowExtensions
{
    /// <summary>A new customer asks to give feedback: welcome, survey intro, CSAT question.</summary>
    public static TestFlow StartSurvey(this TestFlow flow, Language language)
    {
        var t = Texts.For(language);
        return flow
            .Send(SurveyDialogTests.Start(language)).AssertReply(StartsWith(t.Welcome("SupportBot")))
            .AssertReply(Says(t.SurveyIntro)).AssertReply(Says(t.SurveyAskCsat));
    }
}
