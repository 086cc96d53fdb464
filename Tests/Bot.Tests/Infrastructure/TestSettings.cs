namespace SupportBot.Bot.Tests.Infrastructure;

/// <summary>The settings every test bot starts from, with a test's own settings on top.</summary>
internal static class TestSettings
{
    /// <summary>Its own database file; a team working around the clock (replies must not depend on when tests run;
    /// tests that need hours set them, with a fake clock); the queue monitor's timer out of the way (tests run a pass
    /// when they mean to); then <paramref name="overrides"/>.</summary>
    public static Dictionary<string, string?> With(IDictionary<string, string?>? overrides)
    {
        var database = Path.Combine(Path.GetTempPath(), "supportbot-tests", Guid.NewGuid().ToString("N") + ".db");
        var effective = new Dictionary<string, string?>
        {
            ["Surveys:SqlitePath"] = database,
            ["Escalation:SqlitePath"] = database,
            ["Orders:DatabasePath"] = Path.ChangeExtension(database, ".orders.db"),
            ["Orders:ActionLogPath"] = database,
            ["Knowledge:SqlitePath"] = database,
            ["Invitations:SqlitePath"] = database,
            ["Knowledge:ArticlesPath"] = Path.Combine(AppContext.BaseDirectory, "Knowledge", "Articles"),
            ["Escalation:BusinessHours:Days"] = "Mon,Tue,Wed,Thu,Fri,Sat,Sun",
            ["Escalation:BusinessHours:Opens"] = "00:00",
            ["Escalation:BusinessHours:Closes"] = "00:00",
            ["Escalation:MonitorInterval"] = "1.00:00:00",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            effective[key] = value;
        }

        return effective;
    }
}
