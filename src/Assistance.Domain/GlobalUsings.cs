global using Assistance.Domain.Labels;
global using Assistance.Domain.Values;
global using NodaTime;
