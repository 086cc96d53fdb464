using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace SupportBot.Dialogs.Channels;

/// <summary>A card written as text for a channel that cannot show it: its title and texts as lines, its link buttons as
/// "title: url" lines, and its answer buttons as options (for the numbered list).</summary>
/// <param name="Lines">The card's text, one line per element.</param>
/// <param name="Options">The answers its buttons would have sent (title shown, value sent).</param>
/// <param name="ButtonCount">How many buttons the card has (links and answers).</param>
public sealed record CardSummary(IReadOnlyList<string> Lines, IReadOnlyList<CardOption> Options, int ButtonCount)
{
    /// <summary>Content type of a hero card.</summary>
    public const string HeroContentType = "application/vnd.microsoft.card.hero";

    /// <summary>Content type of an Adaptive Card.</summary>
    public const string AdaptiveContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The summary of a hero card.</summary>
    public static CardSummary OfHero(Attachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var card = attachment.Content as HeroCard ?? (attachment.Content is null ? null : JObject.FromObject(attachment.Content).ToObject<HeroCard>());
        var lines = new List<string>();
        var options = new List<CardOption>();
        if (card is null)
        {
            return new CardSummary(lines, options, 0);
        }

        AddLine(lines, card.Title);
        AddLine(lines, card.Subtitle);
        AddLine(lines, card.Text);
        foreach (var button in card.Buttons ?? [])
        {
            AddAction(lines, options, button.Type, button.Title, button.Value?.ToString());
        }

        return new CardSummary(lines, options, card.Buttons?.Count ?? 0);
    }

    /// <summary>The summary of an Adaptive Card: text blocks, fact sets, link and submit actions (inputs cannot be
    /// written as text and are left out).</summary>
    public static CardSummary OfAdaptive(Attachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var lines = new List<string>();
        var options = new List<CardOption>();
        var card = attachment.Content switch
        {
            JObject json => json,
            string text => TryParse(text),
            null => null,
            var other => JObject.FromObject(other),
        };
        if (card is not null)
        {
            Walk(card["body"], lines, options);
            Walk(card["actions"], lines, options);
        }

        return new CardSummary(lines, options, options.Count);
    }

    private static JObject? TryParse(string text)
    {
        try
        {
            return JObject.Parse(text);
        }
        catch (Newtonsoft.Json.JsonReaderException)
        {
            return null;
        }
    }

    private static void Walk(JToken? token, List<string> lines, List<CardOption> options)
    {
        switch (token)
        {
            case JArray array:
                foreach (var item in array)
                {
                    Walk(item, lines, options);
                }

                break;
            case JObject element:
                var type = (string?)element["type"];
                switch (type)
                {
                    case "TextBlock":
                        AddLine(lines, (string?)element["text"]);
                        break;
                    case "FactSet":
                        foreach (var fact in element["facts"] as JArray ?? [])
                        {
                            AddLine(lines, $"{(string?)fact["title"]}: {(string?)fact["value"]}");
                        }

                        break;
                    case "Action.OpenUrl":
                        AddAction(lines, options, ActionTypes.OpenUrl, (string?)element["title"], (string?)element["url"]);
                        break;
                    case "Action.Submit":
                        var data = element["data"];
                        var answer = data is JObject fields
                            ? (string?)fields["answer"] ?? (string?)fields["text"] ?? (string?)fields["value"]
                            : data is JValue value ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
                        AddAction(lines, options, ActionTypes.ImBack, (string?)element["title"], answer);
                        break;
                    default:
                        Walk(element["items"], lines, options);
                        Walk(element["columns"], lines, options);
                        Walk(element["actions"], lines, options);
                        break;
                }

                break;
        }
    }

    private static void AddAction(List<string> lines, List<CardOption> options, string? type, string? title, string? value)
    {
        if (string.Equals(type, ActionTypes.OpenUrl, StringComparison.Ordinal) || string.Equals(type, ActionTypes.DownloadFile, StringComparison.Ordinal))
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                lines.Add(string.IsNullOrWhiteSpace(title) ? value : $"{title}: {value}");
            }

            return;
        }

        var shown = string.IsNullOrWhiteSpace(title) ? value : title;
        if (!string.IsNullOrWhiteSpace(shown))
        {
            options.Add(new CardOption(shown, string.IsNullOrWhiteSpace(value) ? shown : value));
        }
    }

    private static void AddLine(List<string> lines, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text) && text.Trim() is not ":")
        {
            lines.Add(text.Trim());
        }
    }
}
