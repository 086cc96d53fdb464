using Microsoft.Playwright;

namespace SupportBot.Browser.Tests.Infrastructure;

/// <summary>A browser tab on the agent console of a bot, in its own context (own sessionStorage), recording console
/// errors; <see cref="RunAsync"/> saves a screenshot when the steps fail.</summary>
public sealed class ConsolePage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];

    private ConsolePage(IBrowserContext context, IPage page, Uri baseAddress)
    {
        _context = context;
        Page = page;
        BaseAddress = baseAddress;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (_errors)
                {
                    _errors.Add(message.Text);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (_errors)
            {
                _errors.Add("page error: " + error);
            }
        };
    }

    public IPage Page { get; }

    public Uri BaseAddress { get; }

    /// <summary>Errors the page logged (script errors, CSP violations, failed requests).</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    /// <summary>Where failure screenshots go: "screenshots" in the results folder the test script names
    /// (SUPPORTBOT_TEST_RESULTS), else in the test output's TestResults folder.</summary>
    public static string ScreenshotDirectory => Path.Combine(
        Environment.GetEnvironmentVariable("SUPPORTBOT_TEST_RESULTS") is { Length: > 0 } results ? results : Path.Combine(AppContext.BaseDirectory, "TestResults"),
        "screenshots");

    public static async Task<ConsolePage> OpenAsync(IBrowser browser, Uri baseAddress, string locale)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale, BaseURL = baseAddress.ToString() });
        var page = await context.NewPageAsync();
        return new ConsolePage(context, page, baseAddress);
    }

    public ILocator Locator(string selector) => Page.Locator(selector);

    /// <summary>Runs the steps; on failure saves a full-page screenshot named after the test and rethrows.</summary>
    public async Task RunAsync(string testName, Func<Task> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        try
        {
            await steps();
        }
        catch (Exception)
        {
            Directory.CreateDirectory(ScreenshotDirectory);
            var file = Path.Combine(ScreenshotDirectory, $"{testName}-{DateTime.UtcNow:HHmmss}.png");
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            Console.Error.WriteLine($"Screenshot of the failure: {file}");
            throw;
        }
    }

    public async Task SignInAsync(string token)
    {
        await Page.GotoAsync("/agent");
        await Page.Locator("#token").FillAsync(token);
        await Page.Locator("#signin-button").ClickAsync();
        await Assertions.Expect(Page.Locator("#console")).ToBeVisibleAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
    }
}
