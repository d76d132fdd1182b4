// Generated from sdk/idl/compute_tokens.json by scripts/gen-idl-types.js: do not edit.
export type ComputeTokens = {
  "address": "CXYaUtbrZ7rBvEEip7k7sbnEoTbBLFY1UGFBVstfhcph",
  "metadata": {
    "name": "computeTokens",
    "version": "0.1.0",
    "spec": "0.1.0",
    "description": "A GPU's revenue as Token-2022 shares: 90% to holders, 10% to the operating node"
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
                "value": [99, 111, 110, 102, 105, 103]
              }
            ]
          }
        },
        {
          "name": "iosdMint"
        },
        {
          "name": "market"
        },
        {
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
        },
        {
          "name": "program",
          "address": "CXYaUtbrZ7rBvEEip7k7sbnEoTbBLFY1UGFBVstfhcph"
        },
        {
          "name": "programData",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [171, 67, 175, 90, 208, 169, 110, 167, 30, 107, 200, 180, 88, 120, 44, 217, 26, 149, 226, 99, 77, 247, 81, 59, 155, 180, 236, 213, 164, 12, 148, 186]
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
          "name": "operatorBps",
          "type": "u16"
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
      "name": "invalidSplit",
      "msg": "The operator's share must be at most 10,000 bps"
    },
    {
      "code": 6001,
      "name": "mintMismatch",
      "msg": "The IOSD mint is not the market's payment mint"
    },
    {
      "code": 6002,
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
            "name": "iosdMint",
            "type": "pubkey"
          },
          {
            "name": "iosdTokenProgram",
            "type": "pubkey"
          },
          {
            "name": "market",
            "type": "pubkey"
          },
          {
            "name": "operatorBps",
            "type": "u16"
          },
          {
            "name": "poolCount",
            "type": "u64"
          },
          {
            "name": "paused",
            "type": "bool"
          },
          {
            "name": "bump",
            "type": "u8"
          }
        ]
      }
    }
  ]
};

export const COMPUTE_TOKENS_IDL: ComputeTokens = require("../../idl/compute_tokens.json");
