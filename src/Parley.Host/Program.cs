using Parley.Host;

return await ParleyHost.RunAsync(args, Console.Out, Console.Error);
