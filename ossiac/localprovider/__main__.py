from ossiac.localprovider.provider import main

main()
