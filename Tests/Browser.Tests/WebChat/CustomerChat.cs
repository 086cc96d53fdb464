using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SupportBot.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SupportBot.Browser.Tests.WebChat;

/// <summary>A customer's tab on the Web Chat page (its own browser context, so its own storage), read and driven the way
/// a person would: the bot's bubbles, the suggested-action buttons, the send box.</summary>
internal sealed class CustomerChat(ConsolePage tab)
{
    public ConsolePage Tab { get; } = tab;

    public IPage Page => Tab.Page;

    /// <summary>Bubbles of the bot (not the customer's own).</summary>
    public ILocator BotBubbles => Page.Locator(".webchat__bubble:not(.webchat__bubble--from-user)");

    /// <summary>The customer's own bubbles.</summary>
    public ILocator CustomerBubbles => Page.Locator(".webchat__bubble.webchat__bubble--from-user");

    public static async Task<CustomerChat> OpenAsync(IBrowser browser, Uri baseAddress, string locale, string path = "/")
    {
        var chat = new CustomerChat(await ConsolePage.OpenAsync(browser, baseAddress, locale));
        await chat.Page.GotoAsync(path);
        return chat;
    }

    /// <summary>Waits until the bot has said something containing <paramref name="text"/> (Web Chat's markdown renders
    /// straight quotes as typographic ones).</summary>
    public Task BotSaysAsync(string text) => Expect(BotBubbles.Filter(new LocatorFilterOptions { HasTextRegex = AsRendered(text) }).Last).ToBeVisibleAsync();

    /// <summary>Bot bubbles containing <paramref name="text"/>.</summary>
    public ILocator BotBubblesWith(string text) => BotBubbles.Filter(new LocatorFilterOptions { HasTextRegex = AsRendered(text) });

    private static Regex AsRendered(string text)
        => new(Regex.Escape(text).Replace("'", "['’]", StringComparison.Ordinal).Replace("\"", "[\"“”]", StringComparison.Ordinal), RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>Clicks the suggested action titled exactly <paramref name="title"/>.</summary>
    public async Task ClickSuggestedAsync(string title)
    {
        var button = Page.Locator(".webchat__suggested-actions").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = title, Exact = true });
        await Expect(button).ToBeVisibleAsync();
        await button.ClickAsync();
    }

    /// <summary>Types into the send box and presses Enter, as a customer does.</summary>
    public async Task TypeAsync(string text)
    {
        var box = Page.Locator("[data-id='webchat-sendbox-input']");
        await box.FillAsync(text);
        await box.PressAsync("Enter");
        await Expect(CustomerBubbles.Filter(new LocatorFilterOptions { HasText = text }).Last).ToBeVisibleAsync();
    }
}
