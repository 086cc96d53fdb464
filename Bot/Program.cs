using SupportBot.Bot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddSupportBot();

var app = builder.Build();
app.MapSupportBot();
app.Run();

/// <summary>Entry point; partial so tests can reference the assembly's program.</summary>
public partial class Program;
