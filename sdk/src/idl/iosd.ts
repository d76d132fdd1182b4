// Generated from sdk/idl/iosd.json by scripts/gen-idl-types.js: do not edit.
export type Iosd = {
  "address": "AYndrKMqhsuAjX9x2onzMLkzsG6UGtR3deTjbLPUtSKv",
  "metadata": {
    "name": "iosd",
    "version": "0.1.0",
    "spec": "0.1.0",
    "description": "Burn IO to mint the USD-pegged IOSD at a Pyth price, one way, with oracle guards and caps"
  },
  "instructions": [
    {
      "name": "initialize",
      "discriminator": [175, 175, 109, 31, 13, 152, 155, 237],
      "accounts": [
        {
          "name": "admin",
          "writable": true,
          "signer": true
        },
        {
          "name": "config",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [105, 111, 115, 100]
              }
            ]
          }
        },
        {
          "name": "ioMint"
        },
        {
          "name": "iosdMint",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [105, 111, 115, 100, 95, 109, 105, 110, 116]
              }
            ]
          }
        },
        {
          "name": "treasury"
        },
        {
          "name": "ioTokenProgram"
        },
        {
          "name": "iosdTokenProgram"
        },
        {
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
        },
        {
          "name": "program",
          "address": "AYndrKMqhsuAjX9x2onzMLkzsG6UGtR3deTjbLPUtSKv"
        },
        {
          "name": "programData",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [141, 221, 201, 151, 211, 229, 141, 224, 124, 247, 76, 220, 170, 76, 203, 140, 147, 239, 114, 84, 216, 142, 48, 223, 145, 35, 114, 80, 171, 90, 252, 245]
              }
            ],
            "program": {
              "kind": "const",
              "value": [2, 168, 246, 145, 78, 136, 161, 176, 226, 16, 21, 62, 247, 99, 174, 43, 0, 194, 185, 61, 22, 193, 36, 210, 192, 83, 122, 16, 4, 128, 0, 0]
            }
          }
        }
      ],
      "args": [
        {
          "name": "pythReceiver",
          "type": "pubkey"
        },
        {
          "name": "feedId",
          "type": {
            "array": [
              "u8",
              32
            ]
          }
        },
        {
          "name": "maxStaleness",
          "type": "u32"
        },
        {
          "name": "maxConfBps",
          "type": "u16"
        },
        {
          "name": "confMultiplier",
          "type": "u16"
        },
        {
          "name": "feeBps",
          "type": "u16"
        },
        {
          "name": "windowSeconds",
          "type": "u32"
        },
        {
          "name": "windowCap",
          "type": "u64"
        },
        {
          "name": "changeDelay",
          "type": "i64"
        }
      ]
    },
    {
      "name": "mintIosd",
      "docs": [
        "Burns IO (the fee in IO goes to the treasury) and mints IOSD at the conservative Pyth price price - k*conf, rounded down. Refuses stale, future, unverified, wrong-feed, non-positive or too-uncertain prices, amounts over the window cap and below min_iosd_out."
      ],
      "discriminator": [94, 198, 222, 95, 213, 197, 130, 131],
      "accounts": [
        {
          "name": "user",
          "signer": true
        },
        {
          "name": "config",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [105, 111, 115, 100]
              }
            ]
          }
        },
        {
          "name": "priceUpdate"
        },
        {
          "name": "userIo",
          "writable": true
        },
        {
          "name": "ioMint",
          "writable": true
        },
        {
          "name": "treasury",
          "writable": true
        },
        {
          "name": "userIosd",
          "writable": true
        },
        {
          "name": "iosdMint",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [105, 111, 115, 100, 95, 109, 105, 110, 116]
              }
            ]
          }
        },
        {
          "name": "ioTokenProgram"
        },
        {
          "name": "iosdTokenProgram"
        }
      ],
      "args": [
        {
          "name": "ioAmount",
          "type": "u64"
        },
        {
          "name": "minIosdOut",
          "type": "u64"
        }
      ]
    },
    {
      "name": "updateConfig",
      "docs": [
        "Admin: changes the oracle guards, fee and mint window at once; proposes a new treasury, Pyth receiver or feed id, applied by apply_config_change after the config's delay."
      ],
      "discriminator": [29, 158, 252, 191, 10, 83, 219, 99],
      "accounts": [
        {
          "name": "admin",
          "signer": true
        },
        {
          "name": "config",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [105, 111, 115, 100]
              }
            ]
          }
        },
        {
          "name": "treasury"
        }
      ],
      "args": [
        {
          "name": "pythReceiver",
          "type": "pubkey"
        },
        {
          "name": "feedId",
          "type": {
            "array": [
              "u8",
              32
            ]
          }
        },
        {
          "name": "maxStaleness",
          "type": "u32"
        },
        {
          "name": "maxConfBps",
          "type": "u16"
        },
        {
          "name": "confMultiplier",
          "type": "u16"
        },
        {
          "name": "feeBps",
          "type": "u16"
        },
        {
          "name": "windowSeconds",
          "type": "u32"
        },
        {
          "name": "windowCap",
          "type": "u64"
        }
      ]
    },
    {
      "name": "applyConfigChange",
      "docs": [
        "Anyone, once the config's change delay has passed: applies the proposed treasury, Pyth receiver and feed id."
      ],
      "discriminator": [18, 84, 124, 38, 182, 155, 7, 238],
      "accounts": [
        {
          "name": "config",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [105, 111, 115, 100]
              }
            ]
          }
        }
      ],
      "args": []
    },
    {
      "name": "proposeAdmin",
      "docs": [
        "Admin: proposes a new admin (the default key withdraws the proposal)."
      ],
      "discriminator": [121, 214, 199, 212, 87, 39, 117, 234],
      "accounts": [
        {
          "name": "admin",
          "signer": true
        },
        {
          "name": "config",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [105, 111, 115, 100]
              }
            ]
          }
        }
      ],
      "args": [
        {
          "name": "newAdmin",
          "type": "pubkey"
        }
      ]
    },
    {
      "name": "acceptAdmin",
      "docs": [
        "The proposed admin accepts the role."
      ],
      "discriminator": [112, 42, 45, 90, 116, 181, 13, 170],
      "accounts": [
        {
          "name": "newAdmin",
          "signer": true
        },
        {
          "name": "config",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [105, 111, 115, 100]
              }
            ]
          }
        }
      ],
      "args": []
    },
    {
      "name": "pause",
      "docs": [
        "Admin: refuses mint_iosd until unpaused."
      ],
      "discriminator": [211, 22, 221, 251, 74, 121, 193, 47],
      "accounts": [
        {
          "name": "admin",
          "signer": true
        },
        {
          "name": "config",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [105, 111, 115, 100]
              }
            ]
          }
        }
      ],
      "args": []
    },
    {
      "name": "unpause",
      "docs": [
        "Admin: lifts a pause."
      ],
      "discriminator": [169, 144, 4, 38, 10, 141, 188, 255],
      "accounts": [
        {
          "name": "admin",
          "signer": true
        },
        {
          "name": "config",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [105, 111, 115, 100]
              }
            ]
          }
        }
      ],
      "args": []
    }
  ],
  "accounts": [
    {
      "name": "config",
      "discriminator": [155, 12, 170, 224, 30, 250, 204, 130]
    }
  ],
  "errors": [
    {
      "code": 6000,
      "name": "invalidStaleness",
      "msg": "The maximum price staleness must be between one second and two minutes"
    },
    {
      "code": 6001,
      "name": "invalidConfidenceLimit",
      "msg": "The confidence limit must be between 1 and 10,000 bps of the price"
    },
    {
      "code": 6002,
      "name": "invalidConfidenceMultiplier",
      "msg": "The confidence multiplier must be between 1 and 10"
    },
    {
      "code": 6003,
      "name": "invalidFee",
      "msg": "The fee must be at most 1,000 bps"
    },
    {
      "code": 6004,
      "name": "invalidMintWindow",
      "msg": "The mint window must be between one second and 30 days, with a positive cap"
    },
    {
      "code": 6005,
      "name": "invalidOracle",
      "msg": "The Pyth receiver program and the feed id must be set"
    },
    {
      "code": 6006,
      "name": "notUpgradeAuthority",
      "msg": "Only the program's upgrade authority can initialize it"
    },
    {
      "code": 6007,
      "name": "invalidPriceAccount",
      "msg": "The price account is not a Pyth PriceUpdateV2 account"
    },
    {
      "code": 6008,
      "name": "priceNotFullyVerified",
      "msg": "The price update is only partially verified"
    },
    {
      "code": 6009,
      "name": "wrongPriceFeed",
      "msg": "The price update is for another feed"
    },
    {
      "code": 6010,
      "name": "stalePrice",
      "msg": "The price is older than the maximum staleness"
    },
    {
      "code": 6011,
      "name": "priceInFuture",
      "msg": "The price's publish time is in the future"
    },
    {
      "code": 6012,
      "name": "nonPositivePrice",
      "msg": "The price is zero or negative"
    },
    {
      "code": 6013,
      "name": "priceConfidenceTooWide",
      "msg": "The price's confidence interval is too wide"
    },
    {
      "code": 6014,
      "name": "mathOverflow",
      "msg": "Arithmetic overflow"
    },
    {
      "code": 6015,
      "name": "zeroAmount",
      "msg": "The amount must be positive"
    },
    {
      "code": 6016,
      "name": "amountTooSmall",
      "msg": "The amount converts to zero IOSD"
    },
    {
      "code": 6017,
      "name": "insufficientBalance",
      "msg": "The amount exceeds the token account's balance"
    },
    {
      "code": 6018,
      "name": "mintCapExceeded",
      "msg": "The amount exceeds what may still be minted in this window"
    },
    {
      "code": 6019,
      "name": "slippageExceeded",
      "msg": "The IOSD out is below the caller's minimum"
    },
    {
      "code": 6020,
      "name": "paused",
      "msg": "The program is paused"
    },
    {
      "code": 6021,
      "name": "notAdmin",
      "msg": "Only the config's admin can do this"
    },
    {
      "code": 6022,
      "name": "notPendingAdmin",
      "msg": "Only the proposed admin can accept the admin role"
    },
    {
      "code": 6023,
      "name": "priceOlderThanLast",
      "msg": "The price update is older than the last one used"
    },
    {
      "code": 6024,
      "name": "invalidChangeDelay",
      "msg": "The delay of oracle and treasury changes must be between zero and 30 days"
    },
    {
      "code": 6025,
      "name": "noPendingChange",
      "msg": "No change of treasury or oracle is pending"
    },
    {
      "code": 6026,
      "name": "changeNotReady",
      "msg": "The proposed change's delay has not passed yet"
    },
    {
      "code": 6027,
      "name": "unsupportedMintExtension",
      "msg": "The mint has a Token-2022 extension that controls balances (only metadata, group, interest-bearing and scaled-UI extensions are accepted)"
    }
  ],
  "types": [
    {
      "name": "config",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "admin",
            "type": "pubkey"
          },
          {
            "name": "pendingAdmin",
            "type": "pubkey"
          },
          {
            "name": "ioMint",
            "type": "pubkey"
          },
          {
            "name": "ioTokenProgram",
            "type": "pubkey"
          },
          {
            "name": "iosdMint",
            "type": "pubkey"
          },
          {
            "name": "iosdTokenProgram",
            "type": "pubkey"
          },
          {
            "name": "treasury",
            "type": "pubkey"
          },
          {
            "name": "pythReceiver",
            "type": "pubkey"
          },
          {
            "name": "feedId",
            "type": {
              "array": [
                "u8",
                32
              ]
            }
          },
          {
            "name": "changeDelay",
            "type": "i64"
          },
          {
            "name": "pendingTreasury",
            "type": "pubkey"
          },
          {
            "name": "pendingPythReceiver",
            "type": "pubkey"
          },
          {
            "name": "pendingFeedId",
            "type": {
              "array": [
                "u8",
                32
              ]
            }
          },
          {
            "name": "changeReadyAt",
            "type": "i64"
          },
          {
            "name": "maxStaleness",
            "type": "u32"
          },
          {
            "name": "maxConfBps",
            "type": "u16"
          },
          {
            "name": "confMultiplier",
            "type": "u16"
          },
          {
            "name": "feeBps",
            "type": "u16"
          },
          {
            "name": "windowSeconds",
            "type": "u32"
          },
          {
            "name": "windowCap",
            "type": "u64"
          },
          {
            "name": "windowStart",
            "type": "i64"
          },
          {
            "name": "windowMinted",
            "type": "u64"
          },
          {
            "name": "totalIoBurned",
            "type": "u64"
          },
          {
            "name": "totalIosdMinted",
            "type": "u64"
          },
          {
            "name": "totalFees",
            "type": "u64"
          },
          {
            "name": "lastPublishTime",
            "type": "i64"
          },
          {
            "name": "ioDecimals",
            "type": "u8"
          },
          {
            "name": "paused",
            "type": "bool"
          },
          {
            "name": "bump",
            "type": "u8"
          },
          {
            "name": "iosdMintBump",
            "type": "u8"
          }
        ]
      }
    },
    {
      "name": "iosdMinted",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "user",
            "type": "pubkey"
          },
          {
            "name": "ioAmount",
            "type": "u64"
          },
          {
            "name": "ioBurned",
            "type": "u64"
          },
          {
            "name": "fee",
            "type": "u64"
          },
          {
            "name": "iosdOut",
            "type": "u64"
          },
          {
            "name": "price",
            "type": "i64"
          },
          {
            "name": "conf",
            "type": "u64"
          },
          {
            "name": "exponent",
            "type": "i32"
          },
          {
            "name": "publishTime",
            "type": "i64"
          },
          {
            "name": "priceUsed",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "adminChanged",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "previous",
            "type": "pubkey"
          },
          {
            "name": "admin",
            "type": "pubkey"
          }
        ]
      }
    },
    {
      "name": "pauseChanged",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "paused",
            "type": "bool"
          }
        ]
      }
    },
    {
      "name": "configChangeProposed",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "readyAt",
            "type": "i64"
          }
        ]
      }
    },
    {
      "name": "configChangeApplied",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "readyAt",
            "type": "i64"
          }
        ]
      }
    }
  ],
  "events": [
    {
      "name": "iosdMinted",
      "discriminator": [254, 102, 248, 39, 121, 181, 102, 47]
    },
    {
      "name": "configChangeProposed",
      "discriminator": [57, 212, 96, 3, 9, 29, 225, 198]
    },
    {
      "name": "configChangeApplied",
      "discriminator": [65, 124, 47, 248, 1, 25, 230, 154]
    },
    {
      "name": "adminChanged",
      "discriminator": [232, 34, 31, 226, 62, 18, 19, 114]
    },
    {
      "name": "pauseChanged",
      "discriminator": [238, 188, 213, 78, 134, 209, 178, 218]
    }
  ]
};

export const IOSD_IDL = {"address":"AYndrKMqhsuAjX9x2onzMLkzsG6UGtR3deTjbLPUtSKv","metadata":{"name":"iosd","version":"0.1.0","spec":"0.1.0","description":"Burn IO to mint the USD-pegged IOSD at a Pyth price, one way, with oracle guards and caps"},"instructions":[{"name":"initialize","discriminator":[175,175,109,31,13,152,155,237],"accounts":[{"name":"admin","writable":true,"signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[105,111,115,100]}]}},{"name":"io_mint"},{"name":"iosd_mint","writable":true,"pda":{"seeds":[{"kind":"const","value":[105,111,115,100,95,109,105,110,116]}]}},{"name":"treasury"},{"name":"io_token_program"},{"name":"iosd_token_program"},{"name":"system_program","address":"11111111111111111111111111111111"},{"name":"program","address":"AYndrKMqhsuAjX9x2onzMLkzsG6UGtR3deTjbLPUtSKv"},{"name":"program_data","pda":{"seeds":[{"kind":"const","value":[141,221,201,151,211,229,141,224,124,247,76,220,170,76,203,140,147,239,114,84,216,142,48,223,145,35,114,80,171,90,252,245]}],"program":{"kind":"const","value":[2,168,246,145,78,136,161,176,226,16,21,62,247,99,174,43,0,194,185,61,22,193,36,210,192,83,122,16,4,128,0,0]}}}],"args":[{"name":"pyth_receiver","type":"pubkey"},{"name":"feed_id","type":{"array":["u8",32]}},{"name":"max_staleness","type":"u32"},{"name":"max_conf_bps","type":"u16"},{"name":"conf_multiplier","type":"u16"},{"name":"fee_bps","type":"u16"},{"name":"window_seconds","type":"u32"},{"name":"window_cap","type":"u64"},{"name":"change_delay","type":"i64"}]},{"name":"mint_iosd","docs":["Burns IO (the fee in IO goes to the treasury) and mints IOSD at the conservative Pyth price price - k*conf, rounded down. Refuses stale, future, unverified, wrong-feed, non-positive or too-uncertain prices, amounts over the window cap and below min_iosd_out."],"discriminator":[94,198,222,95,213,197,130,131],"accounts":[{"name":"user","signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[105,111,115,100]}]}},{"name":"price_update"},{"name":"user_io","writable":true},{"name":"io_mint","writable":true},{"name":"treasury","writable":true},{"name":"user_iosd","writable":true},{"name":"iosd_mint","writable":true,"pda":{"seeds":[{"kind":"const","value":[105,111,115,100,95,109,105,110,116]}]}},{"name":"io_token_program"},{"name":"iosd_token_program"}],"args":[{"name":"io_amount","type":"u64"},{"name":"min_iosd_out","type":"u64"}]},{"name":"update_config","docs":["Admin: changes the oracle guards, fee and mint window at once; proposes a new treasury, Pyth receiver or feed id, applied by apply_config_change after the config's delay."],"discriminator":[29,158,252,191,10,83,219,99],"accounts":[{"name":"admin","signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[105,111,115,100]}]}},{"name":"treasury"}],"args":[{"name":"pyth_receiver","type":"pubkey"},{"name":"feed_id","type":{"array":["u8",32]}},{"name":"max_staleness","type":"u32"},{"name":"max_conf_bps","type":"u16"},{"name":"conf_multiplier","type":"u16"},{"name":"fee_bps","type":"u16"},{"name":"window_seconds","type":"u32"},{"name":"window_cap","type":"u64"}]},{"name":"apply_config_change","docs":["Anyone, once the config's change delay has passed: applies the proposed treasury, Pyth receiver and feed id."],"discriminator":[18,84,124,38,182,155,7,238],"accounts":[{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[105,111,115,100]}]}}],"args":[]},{"name":"propose_admin","docs":["Admin: proposes a new admin (the default key withdraws the proposal)."],"discriminator":[121,214,199,212,87,39,117,234],"accounts":[{"name":"admin","signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[105,111,115,100]}]}}],"args":[{"name":"new_admin","type":"pubkey"}]},{"name":"accept_admin","docs":["The proposed admin accepts the role."],"discriminator":[112,42,45,90,116,181,13,170],"accounts":[{"name":"new_admin","signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[105,111,115,100]}]}}],"args":[]},{"name":"pause","docs":["Admin: refuses mint_iosd until unpaused."],"discriminator":[211,22,221,251,74,121,193,47],"accounts":[{"name":"admin","signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[105,111,115,100]}]}}],"args":[]},{"name":"unpause","docs":["Admin: lifts a pause."],"discriminator":[169,144,4,38,10,141,188,255],"accounts":[{"name":"admin","signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[105,111,115,100]}]}}],"args":[]}],"accounts":[{"name":"Config","discriminator":[155,12,170,224,30,250,204,130]}],"errors":[{"code":6000,"name":"InvalidStaleness","msg":"The maximum price staleness must be between one second and two minutes"},{"code":6001,"name":"InvalidConfidenceLimit","msg":"The confidence limit must be between 1 and 10,000 bps of the price"},{"code":6002,"name":"InvalidConfidenceMultiplier","msg":"The confidence multiplier must be between 1 and 10"},{"code":6003,"name":"InvalidFee","msg":"The fee must be at most 1,000 bps"},{"code":6004,"name":"InvalidMintWindow","msg":"The mint window must be between one second and 30 days, with a positive cap"},{"code":6005,"name":"InvalidOracle","msg":"The Pyth receiver program and the feed id must be set"},{"code":6006,"name":"NotUpgradeAuthority","msg":"Only the program's upgrade authority can initialize it"},{"code":6007,"name":"InvalidPriceAccount","msg":"The price account is not a Pyth PriceUpdateV2 account"},{"code":6008,"name":"PriceNotFullyVerified","msg":"The price update is only partially verified"},{"code":6009,"name":"WrongPriceFeed","msg":"The price update is for another feed"},{"code":6010,"name":"StalePrice","msg":"The price is older than the maximum staleness"},{"code":6011,"name":"PriceInFuture","msg":"The price's publish time is in the future"},{"code":6012,"name":"NonPositivePrice","msg":"The price is zero or negative"},{"code":6013,"name":"PriceConfidenceTooWide","msg":"The price's confidence interval is too wide"},{"code":6014,"name":"MathOverflow","msg":"Arithmetic overflow"},{"code":6015,"name":"ZeroAmount","msg":"The amount must be positive"},{"code":6016,"name":"AmountTooSmall","msg":"The amount converts to zero IOSD"},{"code":6017,"name":"InsufficientBalance","msg":"The amount exceeds the token account's balance"},{"code":6018,"name":"MintCapExceeded","msg":"The amount exceeds what may still be minted in this window"},{"code":6019,"name":"SlippageExceeded","msg":"The IOSD out is below the caller's minimum"},{"code":6020,"name":"Paused","msg":"The program is paused"},{"code":6021,"name":"NotAdmin","msg":"Only the config's admin can do this"},{"code":6022,"name":"NotPendingAdmin","msg":"Only the proposed admin can accept the admin role"},{"code":6023,"name":"PriceOlderThanLast","msg":"The price update is older than the last one used"},{"code":6024,"name":"InvalidChangeDelay","msg":"The delay of oracle and treasury changes must be between zero and 30 days"},{"code":6025,"name":"NoPendingChange","msg":"No change of treasury or oracle is pending"},{"code":6026,"name":"ChangeNotReady","msg":"The proposed change's delay has not passed yet"},{"code":6027,"name":"UnsupportedMintExtension","msg":"The mint has a Token-2022 extension that controls balances (only metadata, group, interest-bearing and scaled-UI extensions are accepted)"}],"types":[{"name":"Config","type":{"kind":"struct","fields":[{"name":"admin","type":"pubkey"},{"name":"pending_admin","type":"pubkey"},{"name":"io_mint","type":"pubkey"},{"name":"io_token_program","type":"pubkey"},{"name":"iosd_mint","type":"pubkey"},{"name":"iosd_token_program","type":"pubkey"},{"name":"treasury","type":"pubkey"},{"name":"pyth_receiver","type":"pubkey"},{"name":"feed_id","type":{"array":["u8",32]}},{"name":"change_delay","type":"i64"},{"name":"pending_treasury","type":"pubkey"},{"name":"pending_pyth_receiver","type":"pubkey"},{"name":"pending_feed_id","type":{"array":["u8",32]}},{"name":"change_ready_at","type":"i64"},{"name":"max_staleness","type":"u32"},{"name":"max_conf_bps","type":"u16"},{"name":"conf_multiplier","type":"u16"},{"name":"fee_bps","type":"u16"},{"name":"window_seconds","type":"u32"},{"name":"window_cap","type":"u64"},{"name":"window_start","type":"i64"},{"name":"window_minted","type":"u64"},{"name":"total_io_burned","type":"u64"},{"name":"total_iosd_minted","type":"u64"},{"name":"total_fees","type":"u64"},{"name":"last_publish_time","type":"i64"},{"name":"io_decimals","type":"u8"},{"name":"paused","type":"bool"},{"name":"bump","type":"u8"},{"name":"iosd_mint_bump","type":"u8"}]}},{"name":"IosdMinted","type":{"kind":"struct","fields":[{"name":"user","type":"pubkey"},{"name":"io_amount","type":"u64"},{"name":"io_burned","type":"u64"},{"name":"fee","type":"u64"},{"name":"iosd_out","type":"u64"},{"name":"price","type":"i64"},{"name":"conf","type":"u64"},{"name":"exponent","type":"i32"},{"name":"publish_time","type":"i64"},{"name":"price_used","type":"u64"}]}},{"name":"AdminChanged","type":{"kind":"struct","fields":[{"name":"previous","type":"pubkey"},{"name":"admin","type":"pubkey"}]}},{"name":"PauseChanged","type":{"kind":"struct","fields":[{"name":"paused","type":"bool"}]}},{"name":"ConfigChangeProposed","type":{"kind":"struct","fields":[{"name":"ready_at","type":"i64"}]}},{"name":"ConfigChangeApplied","type":{"kind":"struct","fields":[{"name":"ready_at","type":"i64"}]}}],"events":[{"name":"IosdMinted","discriminator":[254,102,248,39,121,181,102,47]},{"name":"ConfigChangeProposed","discriminator":[57,212,96,3,9,29,225,198]},{"name":"ConfigChangeApplied","discriminator":[65,124,47,248,1,25,230,154]},{"name":"AdminChanged","discriminator":[232,34,31,226,62,18,19,114]},{"name":"PauseChanged","discriminator":[238,188,213,78,134,209,178,218]}]} as unknown as Iosd;
