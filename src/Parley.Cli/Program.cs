using Parley.Cli;

return await ParleyApp.RunAsync(args, Console.Out, Console.Error);
