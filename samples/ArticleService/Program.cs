using ArticleService;

ArticleServiceApp.Build(args).Run();
