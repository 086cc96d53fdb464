using System.Globalization;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Teams;

namespace SupportBot.Dialogs.Channels;

/// <summary>Fits an outgoing activity to what a channel can show (<see cref="ChannelCapabilities"/>): the one place
/// where channel differences are handled. Suggested actions a channel cannot show (none at all, too many, titles too
/// long) become a card of buttons where Adaptive Cards work, otherwise text — "answer with a number from 1 to 5" when
/// the buttons were those numbers, else a numbered list whose positions the dialog engine reads back
/// (<see cref="Engine.ShownOptions"/>); cards become text summaries; markdown is converted or removed; long texts are
/// split at paragraph and sentence ends; typing is dropped where it is not shown.</summary>
public static class ActivityRenderer
{
    /// <summary>Renders <paramref name="outgoing"/> (changed in place; extra parts are new activities before it) for
    /// <paramref name="channel"/>, adding words in <paramref name="language"/>.</summary>
    public static RenderedActivities Render(Activity outgoing, ChannelCapabilities channel, Language language)
    {
        ArgumentNullException.ThrowIfNull(outgoing);
        ArgumentNullException.ThrowIfNull(channel);
        if (string.Equals(outgoing.Type, ActivityTypes.Typing, StringComparison.Ordinal))
        {
            return new RenderedActivities(channel.Typing ? [outgoing] : [], null);
        }

        if (!string.Equals(outgoing.Type, ActivityTypes.Message, StringComparison.Ordinal))
        {
            return new RenderedActivities([outgoing], null);
        }

        var texts = ChannelTexts.For(language);
        var cardLines = new List<string>();
        var options = new List<CardOption>();
        RenderAttachments(outgoing, channel, texts, cardLines, options);
        RenderSuggestedActions(outgoing, channel, options);

        var paragraphs = new List<string>();
        var body = outgoing.Text ?? string.Empty;
        if (!string.Equals(outgoing.TextFormat, TextFormatTypes.Plain, StringComparison.Ordinal) && body.Length > 0)
        {
            body = MarkupConverter.Convert(body, channel.Markup);
            if (channel.Markup == MarkupFlavor.None)
            {
                outgoing.TextFormat = TextFormatTypes.Plain;
            }
        }

        if (!string.IsNullOrWhiteSpace(body))
        {
            paragraphs.Add(body);
        }

        if (cardLines.Count > 0)
        {
            paragraphs.Add(string.Join('\n', cardLines));
        }

        var numbered = new List<string>();
        if (options.Count > 0)
        {
            paragraphs.Add(OptionsText(options, texts, numbered));
        }

        var parts = paragraphs.Count == 0 ? [] : TextSplitter.Split(string.Join("\n\n", paragraphs), channel.MaxTextLength);
        var activities = new List<Activity>();
        for (var i = 0; i < parts.Count - 1; i++)
        {
            activities.Add(Part(outgoing, parts[i]));
        }

        outgoing.Text = parts.Count == 0 ? outgoing.Text : parts[^1];
        activities.Add(outgoing);

        return new RenderedActivities(activities, numbered);
    }

    private static void RenderAttachments(Activity outgoing, ChannelCapabilities channel, ChannelTexts texts, List<string> lines, List<CardOption> options)
    {
        if (outgoing.Attachments is not { Count: > 0 } attachments)
        {
            return;
        }

        var kept = new List<Attachment>();
        foreach (var attachment in attachments)
        {
            CardSummary? summary = null;
            switch (attachment.ContentType)
            {
                case CardSummary.HeroContentType:
                    var hero = CardSummary.OfHero(attachment);
                    if (channel.HeroCards && hero.ButtonCount <= channel.MaxCardButtons)
                    {
                        kept.Add(attachment);
                    }
                    else
                    {
                        summary = hero;
                    }

                    break;
                case CardSummary.AdaptiveContentType:
                    if (channel.AdaptiveCards)
                    {
                        kept.Add(attachment);
                    }
                    else
                    {
                        summary = CardSummary.OfAdaptive(attachment);
                    }

                    break;
                default:
                    if (IsInline(attachment))
                    {
                        if (channel.InlineFiles)
                        {
                            kept.Add(attachment);
                        }
                        else
                        {
                            lines.Add(texts.FileNotShown(attachment.Name));
                        }
                    }
                    else if (attachment.ContentUrl is { Length: > 0 } url && (channel.FileLinks || attachment.Content is not null))
                    {
                        kept.Add(attachment);
                    }
                    else if (attachment.ContentUrl is { Length: > 0 } link)
                    {
                        lines.Add(string.IsNullOrWhiteSpace(attachment.Name) ? link : attachment.Name + ": " + link);
                    }
                    else if (channel.HeroCards)
                    {
                        // Other cards (thumbnail, sign-in...) where cards are shown; nothing the bot sends today.
                        kept.Add(attachment);
                    }

                    break;
            }

            if (summary is not null)
            {
                lines.AddRange(summary.Lines);
                options.AddRange(summary.Options);
            }
        }

        outgoing.Attachments = kept.Count == attachments.Count ? attachments : kept;
    }

    private static void RenderSuggestedActions(Activity outgoing, ChannelCapabilities channel, List<CardOption> options)
    {
        var actions = outgoing.SuggestedActions?.Actions;
        if (actions is not { Count: > 0 })
        {
            return;
        }

        var fits = actions.Count <= channel.MaxSuggestedActions
                   && actions.All(a => (a.Title ?? string.Empty).Length <= channel.MaxButtonTitleLength);
        if (fits && options.Count == 0)
        {
            return;
        }

        if (channel.AdaptiveCards && options.Count == 0)
        {
            // Where cards work (Teams beyond three buttons) the buttons stay buttons, on a card.
            outgoing.Attachments ??= [];
            outgoing.Attachments.Add(new Attachment { ContentType = CardSummary.AdaptiveContentType, Content = TeamsChoiceCard.Build(actions) });
        }
        else
        {
            options.AddRange(actions
                .Select(a => (Title: a.Title ?? a.Value?.ToString(), Value: a.Value?.ToString() ?? a.Title))
                .Where(a => !string.IsNullOrWhiteSpace(a.Title) && !string.IsNullOrWhiteSpace(a.Value))
                .Select(a => new CardOption(a.Title!, a.Value!)));
        }

        outgoing.SuggestedActions = null;
    }

    /// <summary>The options as text: a range when they are the consecutive numbers they would be picked by ("1".."5",
    /// "0".."10"), else a numbered list whose values go to <paramref name="numbered"/>.</summary>
    private static string OptionsText(List<CardOption> options, ChannelTexts texts, List<string> numbered)
    {
        if (NumberRange(options) is var (min, max))
        {
            return texts.AnswerWithNumber(min, max);
        }

        var lines = new List<string> { texts.AnswerWithOptionNumber };
        for (var i = 0; i < options.Count; i++)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {options[i].Title}"));
            numbered.Add(options[i].Value);
        }

        return string.Join('\n', lines);
    }

    private static (int Min, int Max)? NumberRange(List<CardOption> options)
    {
        if (options.Count < 2)
        {
            return null;
        }

        var values = new List<int>();
        foreach (var option in options)
        {
            if (!int.TryParse(option.Title, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                || !string.Equals(option.Title, option.Value, StringComparison.Ordinal))
            {
                return null;
            }

            values.Add(n);
        }

        for (var i = 1; i < values.Count; i++)
        {
            if (values[i] != values[i - 1] + 1)
            {
                return null;
            }
        }

        return (values[0], values[^1]);
    }

    private static bool IsInline(Attachment attachment)
        => attachment.ContentUrl is { } url && url.StartsWith("data:", StringComparison.OrdinalIgnoreCase);

    private static Activity Part(Activity template, string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = template.TextFormat,
        From = template.From,
        Recipient = template.Recipient,
        Conversation = template.Conversation,
        ChannelId = template.ChannelId,
        ServiceUrl = template.ServiceUrl,
        ReplyToId = template.ReplyToId,
        Locale = template.Locale,
    };
}
