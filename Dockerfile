# SupportBot for container hosts other than App Service (Azure Container Apps, AKS, a VM with Docker).
# The stages are the README's build ("Deploy to Azure", step 4): restore, then `dotnet publish Bot/Bot.csproj -c Release`.
#   docker build -t supportbot .
#   docker run -p 8080:8080 -e State__Provider=Redis -e Redis__ConnectionString=... supportbot

# --- build: the .NET 10 SDK, plus npm because the build fetches the official Web Chat bundle (never committed) ---
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Project files first, so the restore layer is reused until a dependency changes.
COPY global.json Directory.Build.props Directory.Packages.props BotSdk.targets .editorconfig ./
COPY Dialogs/Dialogs.csproj Dialogs/
COPY Bot/Bot.csproj Bot/
RUN dotnet restore Bot/Bot.csproj
COPY Dialogs/ Dialogs/
COPY Bot/ Bot/
# The Teams app manifest templates are embedded in the bot's assembly.
COPY deploymentTemplates/teams/ deploymentTemplates/teams/
RUN dotnet publish Bot/Bot.csproj -c Release -o /app/publish --no-restore

# --- final: the ASP.NET Core runtime (Debian, not chiseled: it keeps a package manager for curl, which the
# HEALTHCHECK needs; a chiseled image has no shell and no curl, so there the orchestrator's HTTP probe does the job) ---
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app/publish .
# SQLite files (what is not in Redis) go to a volume the non-root user owns.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
VOLUME /app/data
# The image's non-root user (uid 1654); it listens on 8080, which needs no privilege.
USER $APP_UID
ENV Urls=http://+:8080
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
  CMD curl --fail --silent --show-error --max-time 4 http://127.0.0.1:8080/health/live || exit 1
ENTRYPOINT ["dotnet", "SupportBot.Bot.dll"]
