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
        }
      ]
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
      "msg": "The maximum price staleness must be between one second and one hour"
    },
    {
      "code": 6001,
      "name": "invalidConfidenceLimit",
      "msg": "The confidence limit must be between 1 and 10,000 bps of the price"
    },
    {
      "code": 6002,
      "name": "invalidConfidenceMultiplier",
      "msg": "The confidence multiplier must be at most 10"
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
    }
  ]
};

export const IOSD_IDL: Iosd = require("../../idl/iosd.json");
