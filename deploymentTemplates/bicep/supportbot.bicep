// SupportBot on Azure, into a resource group that already exists: App Service (Linux, .NET 10) running the bot, the
// Azure Bot resource and its channels (Web Chat, Direct Line, Microsoft Teams), Azure Cache for Redis (state, surveys,
// escalations, Direct Line), Azure AI Language (sentiment) and Application Insights on a Log Analytics workspace.
// Compiled to ../template-with-preexisting-rg.json (see ../README.md for the command); deploy the JSON or this file.

@description('Azure region of every resource but the bot (the Azure Bot resource is global).')
param location string = resourceGroup().location

@description('Name of the Web App; it is the host name https://<appName>.azurewebsites.net and prefixes the other resources.')
@minLength(2)
@maxLength(40)
param appName string

@description('App Service plan size (B1 for a trial, P0v3 or above in production).')
@allowed(['B1', 'B2', 'B3', 'S1', 'P0v3', 'P1v3', 'P2v3'])
param appServicePlanSku string = 'P0v3'

@description('Instances of the bot behind App Service\'s load balancer. State, surveys, escalations and Direct Line are shared in Redis; the SQLite files under /home/data (knowledge feedback, self-service log) suit one instance.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('How the bot authenticates to the channels: SingleTenant (an Entra app registration and its secret) or UserAssignedMSI (a managed identity this template creates; no secret).')
@allowed(['SingleTenant', 'UserAssignedMSI'])
param microsoftAppType string = 'UserAssignedMSI'

@description('SingleTenant only: the client id of the bot\'s Entra app registration.')
param microsoftAppId string = ''

@description('SingleTenant only: a client secret of that app registration. Leave empty with UserAssignedMSI.')
@secure()
param microsoftAppPassword string = ''

@description('The Entra tenant of the app registration or managed identity.')
param microsoftAppTenantId string = subscription().tenantId

@description('Azure Bot pricing tier: F0 (free, standard channels) or S1.')
@allowed(['F0', 'S1'])
param botSku string = 'S1'

@description('The bot\'s display name in channels and the shop\'s name in its greetings.')
@maxLength(60)
param brandName string = 'SupportBot'

@description('Language used when neither the channel nor the customer tells.')
@allowed(['Spanish', 'English'])
param defaultLanguage string = 'Spanish'

@description('Azure Cache for Redis tier (Standard is replicated; Basic has no SLA).')
@allowed(['Basic', 'Standard'])
param redisSku string = 'Standard'

@description('Azure Cache for Redis size: 0 = C0 (250 MB) ... 6 = C6.')
@minValue(0)
@maxValue(6)
param redisCapacity int = 1

@description('Azure AI Language tier: F0 (free, 5,000 texts a month) or S.')
@allowed(['F0', 'S'])
param languageSku string = 'S'

@description('Serve the bot\'s embedded Direct Line at /v3/directline (the built-in chat page uses it unless webChatDirectLineSecret is set).')
param embeddedDirectLine bool = true

@description('Signs the embedded Direct Line\'s tokens; the same on every instance. At least 32 random characters, e.g. openssl rand -hex 32.')
@secure()
@minLength(32)
param directLineSecret string

@description('Signs the invoice download links the bot serves in Teams. At least 32 random characters.')
@secure()
@minLength(32)
param invoiceLinkKey string

@description('Optional: the secret of the Azure Bot\'s Direct Line channel (after a first deployment: az bot directline show --with-secrets). When set, the chat page talks to Azure\'s Direct Line instead of the embedded one.')
@secure()
param webChatDirectLineSecret string = ''

@description('Azure Direct Line endpoint the chat page uses with webChatDirectLineSecret (a regional one, e.g. https://europe.directline.botframework.com/v3/directline, keeps data in the region).')
param azureDirectLineEndpoint string = 'https://directline.botframework.com/v3/directline'

@description('Days Log Analytics keeps logs and traces.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

var useManagedIdentity = microsoftAppType == 'UserAssignedMSI'
var names = {
  plan: '${appName}-plan'
  identity: '${appName}-identity'
  workspace: '${appName}-logs'
  insights: '${appName}-insights'
  redis: '${appName}-redis'
  language: '${appName}-language'
  bot: '${appName}-bot'
}

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: names.workspace
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: logRetentionDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: names.insights
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
  }
}

resource redis 'Microsoft.Cache/redis@2024-11-01' = {
  name: names.redis
  location: location
  properties: {
    sku: { name: redisSku, family: 'C', capacity: redisCapacity }
    enableNonSslPort: false
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
  }
}

resource language 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: names.language
  location: location
  kind: 'TextAnalytics'
  sku: { name: languageSku }
  properties: {
    customSubDomainName: names.language
    publicNetworkAccess: 'Enabled'
  }
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = if (useManagedIdentity) {
  name: names.identity
  location: location
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: names.plan
  location: location
  kind: 'linux'
  sku: { name: appServicePlanSku, capacity: instanceCount }
  properties: { reserved: true }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  kind: 'app,linux'
  identity: useManagedIdentity ? { type: 'UserAssigned', userAssignedIdentities: { '${identity.id}': {} } } : null
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      // App Service routes to $PORT; the command line outranks the Urls of appsettings.json (localhost:3978).
      appCommandLine: 'dotnet SupportBot.Bot.dll --urls http://0.0.0.0:\${PORT:-8080}'
      alwaysOn: true
      webSocketsEnabled: true
      healthCheckPath: '/health/ready'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      // Every name below is a key the bot reads (root README, Configuration reference); a test checks it.
      appSettings: [
        { name: 'MicrosoftAppType', value: microsoftAppType }
        { name: 'MicrosoftAppId', value: useManagedIdentity ? identity!.properties.clientId : microsoftAppId }
        { name: 'MicrosoftAppPassword', value: useManagedIdentity ? '' : microsoftAppPassword }
        { name: 'MicrosoftAppTenantId', value: microsoftAppTenantId }
        { name: 'Conversation__BrandName', value: brandName }
        { name: 'Conversation__DefaultLanguage', value: defaultLanguage }
        { name: 'Redis__ConnectionString', value: '${redis.properties.hostName}:${redis.properties.sslPort},password=${redis.listKeys().primaryKey},ssl=True,abortConnect=False' }
        { name: 'State__Provider', value: 'Redis' }
        { name: 'Surveys__Store', value: 'Redis' }
        { name: 'Escalation__Store', value: 'Redis' }
        { name: 'DirectLine__Store', value: 'Redis' }
        { name: 'DirectLine__Enabled', value: string(embeddedDirectLine) }
        { name: 'DirectLine__Secret', value: directLineSecret }
        { name: 'DirectLine__PublicBaseUrl', value: 'https://${appName}.azurewebsites.net' }
        { name: 'Orders__InvoiceLinkKey', value: invoiceLinkKey }
        // What still lives in SQLite goes under /home/data: shared by the instances and kept across code deployments
        // (a zip deployment replaces /home/site/wwwroot, the content root).
        { name: 'Knowledge__SqlitePath', value: '/home/data/supportbot.db' }
        { name: 'Orders__ActionLogPath', value: '/home/data/supportbot.db' }
        { name: 'Orders__DatabasePath', value: '/home/data/orders.db' }
        { name: 'WebChat__DirectLineDomain', value: empty(webChatDirectLineSecret) ? '' : azureDirectLineEndpoint }
        { name: 'WebChat__DirectLineSecret', value: webChatDirectLineSecret }
        { name: 'Sentiment__Provider', value: 'Azure' }
        { name: 'Sentiment__Azure__Endpoint', value: language.properties.endpoint }
        { name: 'Sentiment__Azure__Key', value: language.listKeys().key1 }
        { name: 'Telemetry__Exporter', value: 'AzureMonitor' }
        { name: 'Telemetry__ServiceName', value: appName }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: names.bot
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: brandName
    endpoint: 'https://${site.properties.defaultHostName}/api/messages'
    msaAppType: microsoftAppType
    msaAppId: useManagedIdentity ? identity!.properties.clientId : microsoftAppId
    msaAppTenantId: microsoftAppTenantId
    msaAppMSIResourceId: useManagedIdentity ? identity.id : null
    developerAppInsightKey: insights.properties.InstrumentationKey
    publicNetworkAccess: 'Enabled'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

resource directLineChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        { siteName: 'SupportBot web chat', isEnabled: true, isV1Enabled: false, isV3Enabled: true, isSecureSiteEnabled: false }
      ]
    }
  }
}

resource webChatChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'WebChatChannel'
  location: 'global'
  properties: {
    channelName: 'WebChatChannel'
    properties: {
      sites: [
        { siteName: 'Default Site', isEnabled: true, isWebchatPreviewEnabled: true }
      ]
    }
  }
}

@description('The messaging endpoint the Azure Bot resource posts to.')
output botEndpoint string = bot.properties.endpoint

@description('The customer chat page (official Web Chat over the embedded or Azure Direct Line).')
output webChatUrl string = 'https://${site.properties.defaultHostName}/'

@description('The agent console.')
output agentConsoleUrl string = 'https://${site.properties.defaultHostName}/agent'

@description('The bot\'s Microsoft App ID (for the Teams app package).')
output microsoftAppId string = useManagedIdentity ? identity!.properties.clientId : microsoftAppId

@description('The Web App\'s name (for az webapp deploy).')
output webAppName string = site.name

@description('The Azure Bot resource\'s name (for az bot directline show).')
output botName string = bot.name
