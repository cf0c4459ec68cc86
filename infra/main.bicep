// Quorate on Azure: App Service (Linux, Node 20, two or more instances), Azure Bot with the Teams
// channel, Cosmos DB for NoSQL (keyless, UK South), Key Vault for the two secrets, a user-assigned
// managed identity for all of it, and Application Insights on Log Analytics.
// Deploy into a resource group: see docs/deploy.md.

targetScope = 'resourceGroup'

@description('Short lower-case prefix for resource names (letters and digits).')
@minLength(3)
@maxLength(12)
param namePrefix string = 'quorate'

@description('Region for everything except the Bot (global). UK South keeps board data in the UK.')
param location string = 'uksouth'

@description('Region of the Cosmos DB account: its single (write) region.')
param cosmosLocation string = 'uksouth'

@description('How the bot authenticates: the managed identity below (no secret), or an Entra app registration with a client secret.')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botAppType string = 'UserAssignedMSI'

@description('SingleTenant only: the application (client) id of the bot\'s Entra app registration.')
param botAppId string = ''

@description('SingleTenant only: a client secret of that app registration (kept in Key Vault).')
@secure()
param botAppPassword string = ''

@description('Comma-separated Entra tenant ids whose Teams users may use the bot.')
param allowedTenantIds string = subscription().tenantId

@description('Signs download links (minutes, CSV); 32 characters or more, e.g. openssl rand -base64 48. Kept in Key Vault.')
@secure()
@minLength(32)
param fileLinkSecret string

@description('Cosmos DB capacity: serverless (pay per request) or autoscale throughput shared by the database.')
@allowed([
  'serverless'
  'autoscale'
])
param cosmosCapacityMode string = 'serverless'

@description('Autoscale only: the most request units per second the database may scale to (1000 or more).')
@minValue(1000)
param cosmosAutoscaleMaxThroughput int = 1000

@description('App Service plan size: Basic or above (always on).')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
  'P3v3'
])
param appServiceSku string = 'P0v3'

@description('Instances of the web app; two or more, so one can restart while the other answers Teams.')
@minValue(2)
@maxValue(10)
param instanceCount int = 2

@description('Azure Bot pricing tier; Teams is a standard channel, free on both.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'S1'

@description('Name shown for the bot in the Azure portal.')
param botDisplayName string = 'Quorate'

param tags object = {
  application: 'quorate'
}

var suffix = take(uniqueString(resourceGroup().id), 6)
var prefix = toLower(namePrefix)
var tenantId = subscription().tenantId
var cosmosDatabaseName = 'quorate'
var cosmosDataContributorRoleId = '00000000-0000-0000-0000-000000000002'
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'
var fileLinkSecretName = 'file-link-secret'
var botPasswordSecretName = 'bot-app-password'

// Containers, partition keys and composite indexes: the same as CONTAINER_DEFINITIONS in
// src/storage/cosmos-schema.ts (test/app-package/infra.test.ts compares them). The app never
// creates containers here: with Entra-only access it may read and write items, not change the
// schema, so a container missing from this list would fail at start-up.
var cosmosContainers = [
  {
    name: 'boards'
    partitionKey: '/tenantId'
    compositeIndexes: []
  }
  {
    name: 'meetings'
    partitionKey: '/boardId'
    compositeIndexes: [
      [
        {
          path: '/type'
          order: 'ascending'
        }
        {
          path: '/startsAt'
          order: 'ascending'
        }
      ]
    ]
  }
  {
    name: 'actions'
    partitionKey: '/boardId'
    compositeIndexes: [
      [
        {
          path: '/type'
          order: 'ascending'
        }
        {
          path: '/number'
          order: 'ascending'
        }
      ]
    ]
  }
  {
    name: 'reminders'
    partitionKey: '/dueDay'
    compositeIndexes: []
  }
  {
    name: 'conversations'
    partitionKey: '/tenantId'
    compositeIndexes: []
  }
  {
    name: 'audit'
    partitionKey: '/boardId'
    compositeIndexes: []
  }
]

// Monitoring

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${prefix}-logs-${suffix}'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${prefix}-appi-${suffix}'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

// Identity: the web app's (Cosmos, Key Vault) and, with UserAssignedMSI, the bot's.

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${prefix}-id-${suffix}'
  location: location
  tags: tags
}

// Cosmos DB for NoSQL: one region, Entra-only (no keys), the quorate database and its containers.

var serverlessCapabilities = [
  {
    name: 'EnableServerless'
  }
]

var autoscaleOptions = {
  autoscaleSettings: {
    maxThroughput: cosmosAutoscaleMaxThroughput
  }
}

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: '${prefix}-cosmos-${suffix}'
  location: cosmosLocation
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      {
        locationName: cosmosLocation
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    capabilities: cosmosCapacityMode == 'serverless' ? serverlessCapabilities : []
    enableAutomaticFailover: false
    enableMultipleWriteLocations: false
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    publicNetworkAccess: 'Enabled'
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-05-15' = {
  parent: cosmos
  name: cosmosDatabaseName
  properties: {
    resource: {
      id: cosmosDatabaseName
    }
    options: cosmosCapacityMode == 'autoscale' ? autoscaleOptions : {}
  }
}

resource containers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-05-15' = [for container in cosmosContainers: {
  parent: database
  name: container.name
  properties: {
    resource: {
      id: container.name
      partitionKey: {
        paths: [
          container.partitionKey
        ]
        kind: 'Hash'
        version: 2
      }
      indexingPolicy: {
        indexingMode: 'consistent'
        automatic: true
        includedPaths: [
          {
            path: '/*'
          }
        ]
        excludedPaths: [
          {
            path: '/"_etag"/?'
          }
        ]
        compositeIndexes: container.compositeIndexes
      }
    }
  }
}]

// Built-in Cosmos DB Data Contributor (data plane) for the identity.
resource cosmosDataContributor 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = {
  parent: cosmos
  name: guid(cosmos.id, identity.id, cosmosDataContributorRoleId)
  properties: {
    roleDefinitionId: '${cosmos.id}/sqlRoleDefinitions/${cosmosDataContributorRoleId}'
    principalId: identity.properties.principalId
    scope: cosmos.id
  }
}

// Key Vault: the link-signing secret and, with SingleTenant, the bot's client secret.

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: '${prefix}-kv-${suffix}'
  location: location
  tags: tags
  properties: {
    tenantId: tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource fileLinkSecretValue 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: fileLinkSecretName
  properties: {
    value: fileLinkSecret
  }
}

resource botPasswordValue 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (botAppType == 'SingleTenant') {
  parent: keyVault
  name: botPasswordSecretName
  properties: {
    value: botAppPassword
  }
}

resource keyVaultSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(keyVault.id, identity.id, keyVaultSecretsUserRoleId)
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// App Service: Linux, Node 20, always on, HTTPS only, several instances.

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${prefix}-plan-${suffix}'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: appServiceSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: '${prefix}-${suffix}'
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'node dist/server.js'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
    }
  }
}

var publicBaseUrl = 'https://${webApp.properties.defaultHostName}'
var botEndpoint = '${publicBaseUrl}/api/messages'
var botAppIdEffective = botAppType == 'UserAssignedMSI' ? identity.properties.clientId : botAppId

// Every variable src/config.ts requires in production (test/app-package/infra.test.ts checks).
var appSettings = {
  QUORATE_MODE: 'production'
  NODE_ENV: 'production'
  PUBLIC_BASE_URL: publicBaseUrl
  MICROSOFT_APP_ID: botAppIdEffective
  MICROSOFT_APP_TYPE: botAppType == 'UserAssignedMSI' ? 'UserAssignedMsi' : 'SingleTenant'
  MICROSOFT_APP_TENANT_ID: tenantId
  ALLOWED_TENANT_IDS: allowedTenantIds
  COSMOS_ENDPOINT: cosmos.properties.documentEndpoint
  COSMOS_DATABASE: cosmosDatabaseName
  AZURE_CLIENT_ID: identity.properties.clientId
  FILE_LINK_SECRET: '@Microsoft.KeyVault(SecretUri=${keyVault.properties.vaultUri}secrets/${fileLinkSecretName})'
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
  ApplicationInsightsAgent_EXTENSION_VERSION: '~3'
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
}

var singleTenantSettings = {
  MICROSOFT_APP_PASSWORD: '@Microsoft.KeyVault(SecretUri=${keyVault.properties.vaultUri}secrets/${botPasswordSecretName})'
}

resource webAppSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'appsettings'
  properties: union(appSettings, botAppType == 'SingleTenant' ? singleTenantSettings : {})
  dependsOn: [
    fileLinkSecretValue
    botPasswordValue
    keyVaultSecretsUser
    cosmosDataContributor
    containers
  ]
}

resource webAppDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: webApp
  properties: {
    workspaceId: logs.id
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

// Azure Bot: Teams channel, messages to the web app.

var botProperties = {
  displayName: botDisplayName
  endpoint: botEndpoint
  msaAppId: botAppIdEffective
  msaAppType: botAppType
  msaAppTenantId: tenantId
  publicNetworkAccess: 'Enabled'
}

var managedIdentityBotProperties = {
  msaAppMSIResourceId: identity.id
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${prefix}-bot-${suffix}'
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: union(botProperties, botAppType == 'UserAssignedMSI' ? managedIdentityBotProperties : {})
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
      acceptedTerms: true
      deploymentEnvironment: 'CommercialDeployment'
    }
  }
}

output botEndpoint string = botEndpoint
@description('MICROSOFT_APP_ID for npm run package: the bot\'s app id (the identity\'s client id with UserAssignedMSI).')
output botAppId string = botAppIdEffective
output identityClientId string = identity.properties.clientId
output cosmosEndpoint string = cosmos.properties.documentEndpoint
@description('PUBLIC_BASE_URL for npm run package.')
output publicBaseUrl string = publicBaseUrl
output webAppName string = webApp.name
output botName string = bot.name
output keyVaultName string = keyVault.name
