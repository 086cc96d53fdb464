namespace SupportBot.Bot.Surveys;

/// <summary>Where survey records live.</summary>
public enum SurveyStoreProvider
{
    /// <summary>An embedded SQLite file (default; one instance).</summary>
    Sqlite,

    /// <summary>The shared Redis server (several instances).</summary>
    Redis,
}
