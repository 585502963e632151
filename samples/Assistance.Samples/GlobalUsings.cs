global using Assistance.Domain.Values;
global using NodaTime;
