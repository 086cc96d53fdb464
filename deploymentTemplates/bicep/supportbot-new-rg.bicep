// SupportBot on Azure with a new resource group: creates the group, then deploys supportbot.bicep into it.
// Compiled to ../template-with-new-rg.json (see ../README.md for the command); deploy with az deployment sub create.
targetScope = 'subscription'

@description('Name of the resource group to create (or update).')
@minLength(1)
@maxLength(90)
param resourceGroupName string

@description('Azure region of the resource group and its resources.')
param location string

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
param microsoftAppTenantId string = tenant().tenantId

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

resource group 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: resourceGroupName
  location: location
}

module supportBot 'supportbot.bicep' = {
  scope: group
  name: 'supportbot'
  params: {
    location: location
    appName: appName
    appServicePlanSku: appServicePlanSku
    instanceCount: instanceCount
    microsoftAppType: microsoftAppType
    microsoftAppId: microsoftAppId
    microsoftAppPassword: microsoftAppPassword
    microsoftAppTenantId: microsoftAppTenantId
    botSku: botSku
    brandName: brandName
    defaultLanguage: defaultLanguage
    redisSku: redisSku
    redisCapacity: redisCapacity
    languageSku: languageSku
    embeddedDirectLine: embeddedDirectLine
    directLineSecret: directLineSecret
    invoiceLinkKey: invoiceLinkKey
    webChatDirectLineSecret: webChatDirectLineSecret
    azureDirectLineEndpoint: azureDirectLineEndpoint
    logRetentionDays: logRetentionDays
  }
}

@description('The messaging endpoint the Azure Bot resource posts to.')
output botEndpoint string = supportBot.outputs.botEndpoint

@description('The customer chat page (official Web Chat over the embedded or Azure Direct Line).')
output webChatUrl string = supportBot.outputs.webChatUrl

@description('The agent console.')
output agentConsoleUrl string = supportBot.outputs.agentConsoleUrl

@description('The bot\'s Microsoft App ID (for the Teams app package).')
output microsoftAppId string = supportBot.outputs.microsoftAppId

@description('The Web App\'s name (for az webapp deploy).')
output webAppName string = supportBot.outputs.webAppName

@description('The Azure Bot resource\'s name (for az bot directline show).')
output botName string = supportBot.outputs.botName
