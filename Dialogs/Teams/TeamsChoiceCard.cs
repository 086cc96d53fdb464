using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace SupportBot.Dialogs.Teams;

/// <summary>Teams shows at most three suggested actions, and in a group chat a suggested action posts a message that
/// does not @mention the bot (so the bot never hears it). There the prompt's buttons become an Adaptive Card
/// (1.4) of <c>Action.Submit</c> buttons, in rows of at most <see cref="ButtonsPerRow"/> (Teams' limit per action set);
/// each button's data carries its answer in <see cref="CardSubmit.AnswerField"/>, read back by <see cref="CardSubmit"/>.</summary>
public static class TeamsChoiceCard
{
    /// <summary>Most suggested actions Teams displays.</summary>
    public const int MaxSuggestedActions = 3;

    /// <summary>Most buttons in one row of the card.</summary>
    public const int ButtonsPerRow = 6;

    /// <summary>Content type of an Adaptive Card attachment.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Moves the suggested actions of an outgoing message into a card when Teams would not show them all, or
    /// when <paramref name="groupChat"/>; leaves any other activity as it is.</summary>
    public static void Apply(Activity outgoing, bool groupChat)
    {
        ArgumentNullException.ThrowIfNull(outgoing);
        var actions = outgoing.SuggestedActions?.Actions;
        if (outgoing.Type != ActivityTypes.Message || actions is not { Count: > 0 }
            || (!groupChat && actions.Count <= MaxSuggestedActions))
        {
            return;
        }

        outgoing.Attachments ??= [];
        outgoing.Attachments.Add(new Attachment { ContentType = ContentType, Content = Build(actions) });
        outgoing.SuggestedActions = null;
    }

    /// <summary>The card with one button per action.</summary>
    public static JObject Build(IList<CardAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var rows = new JArray();
        foreach (var row in actions.Chunk(ButtonsPerRow))
        {
            rows.Add(new JObject
            {
                ["type"] = "ActionSet",
                ["actions"] = new JArray(row.Select(a => new JObject
                {
                    ["type"] = "Action.Submit",
                    ["title"] = a.Title,
                    ["data"] = new JObject { [CardSubmit.AnswerField] = a.Value?.ToString() ?? a.Title },
                })),
            });
        }

        return new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.4",
            ["body"] = rows,
        };
    }
}
