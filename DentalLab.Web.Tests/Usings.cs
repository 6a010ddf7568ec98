global using DentalLab.Web.Tests.Infrastructure;
